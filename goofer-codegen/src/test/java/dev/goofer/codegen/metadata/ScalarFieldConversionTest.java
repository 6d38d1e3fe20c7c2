package dev.goofer.codegen.metadata;

import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scalar, enum, list and unsupported fields with their attributes.
 */
class ScalarFieldConversionTest {

    @Test
    void everyScalarTypeMapsToItsMetadataType() {
        ModelMeta model = Schemas.convert("postgresql", """
                model All {
                  id       Int      @id
                  string   String
                  boolean  Boolean
                  bigInt   BigInt
                  float    Float
                  decimal  Decimal
                  dateTime DateTime
                  json     Json
                  bytes    Bytes
                  role     Role
                }

                enum Role {
                  USER
                }
                """).model("All");
        assertThat(model.scalarFields()).extracting(ScalarFieldMeta::type)
            .containsExactly(ScalarType.INT, ScalarType.STRING, ScalarType.BOOLEAN, ScalarType.BIGINT, ScalarType.FLOAT,
                    ScalarType.DECIMAL, ScalarType.DATETIME, ScalarType.JSON, ScalarType.BYTES, ScalarType.ENUM);
        assertThat(model.scalarField("role").enumName()).isEqualTo("Role");
        assertThat(model.scalarField("string").enumName()).isNull();
    }

    @Test
    void fieldsKeepSchemaOrderColumnNamesArityAndDocumentation() {
        ModelMeta model = Schemas.convert("postgresql", """
                model User {
                  /// The key.
                  id        Int      @id
                  firstName String?  @map("first_name")
                  tags      String[]
                  createdAt DateTime @map("created_at")
                }
                """).model("User");
        assertThat(model.fields()).containsExactly(
                new ScalarFieldMeta("id", "id", ScalarType.INT, null, false, false, null, null, false, false, null,
                        "The key."),
                new ScalarFieldMeta("firstName", "first_name", ScalarType.STRING, null, true, false, null, null, false,
                        false, null, null),
                new ScalarFieldMeta("tags", "tags", ScalarType.STRING, null, false, true, null, null, false, false,
                        null, null),
                new ScalarFieldMeta("createdAt", "created_at", ScalarType.DATETIME, null, false, false, null, null,
                        false, false, null, null));
    }

    @Test
    void nativeTypesKeepTheirArgumentsAsWritten() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Price {
                  id     String  @id @db.Uuid
                  name   String  @db.VarChar(255)
                  amount Decimal @db.Decimal(10, 2)
                  at     DateTime @db.Timestamptz(6)
                  plain  String
                }
                """).model("Price");
        assertThat(model.scalarField("id").nativeType()).isEqualTo(new NativeType("Uuid", List.of()));
        assertThat(model.scalarField("name").nativeType()).isEqualTo(new NativeType("VarChar", List.of("255")));
        assertThat(model.scalarField("amount").nativeType()).isEqualTo(new NativeType("Decimal", List.of("10", "2")));
        assertThat(model.scalarField("at").nativeType()).hasToString("Timestamptz(6)");
        assertThat(model.scalarField("plain").nativeType()).isNull();
    }

    @Test
    void updatedAtIgnoreAndUnsupportedAreKept() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Place {
                  id        Int                                   @id
                  updatedAt DateTime                              @updatedAt
                  secret    String                                @ignore
                  location  Unsupported("geometry(Point, 4326)")?
                }
                """).model("Place");
        assertThat(model.scalarField("updatedAt").updatedAt()).isTrue();
        assertThat(model.scalarField("id").updatedAt()).isFalse();
        assertThat(model.scalarField("secret").ignored()).isTrue();
        assertThat(model.scalarField("id").ignored()).isFalse();
        ScalarFieldMeta location = model.scalarField("location");
        assertThat(location.type()).isEqualTo(ScalarType.UNSUPPORTED);
        assertThat(location.unsupportedType()).isEqualTo("geometry(Point, 4326)");
        assertThat(location.optional()).isTrue();
        assertThat(location.ignored()).isFalse();
        assertThat(location.requiredOnCreate()).isFalse();
    }

    @Test
    void fieldsOfAnIgnoredModelAreIgnoredOnlyThroughTheModel() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Legacy {
                  id   Int    @id
                  name String

                  @@ignore
                }
                """).model("Legacy");
        assertThat(model.ignored()).isTrue();
        assertThat(model.scalarField("name").ignored()).isFalse();
    }

}
