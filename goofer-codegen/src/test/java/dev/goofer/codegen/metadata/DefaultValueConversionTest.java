package dev.goofer.codegen.metadata;

import java.math.BigDecimal;
import java.util.List;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.ModelMeta;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @default(...)} values, with literals typed as the metadata documents them.
 */
class DefaultValueConversionTest {

    @Test
    void literalsAreTypedByTheFieldType() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Defaults {
                  id       Int      @id @default(-1)
                  big      BigInt   @default(9007199254740993)
                  ratio    Float    @default(1.5)
                  whole    Float    @default(2)
                  price    Decimal  @default(10.25)
                  text     Decimal  @default("3.10")
                  active   Boolean  @default(true)
                  name     String   @default("anonymous")
                  at       DateTime @default("2024-01-02T03:04:05Z")
                  data     Json     @default("{\\"a\\": 1}")
                  blob     Bytes    @default("AQID")
                }
                """).model("Defaults");
        assertThat(defaultOf(model, "id")).isEqualTo(new DefaultValue.Literal(-1L, false));
        assertThat(defaultOf(model, "big")).isEqualTo(new DefaultValue.Literal(9007199254740993L, false));
        assertThat(defaultOf(model, "ratio")).isEqualTo(new DefaultValue.Literal(new BigDecimal("1.5"), false));
        assertThat(defaultOf(model, "whole")).isEqualTo(new DefaultValue.Literal(new BigDecimal("2"), false));
        assertThat(defaultOf(model, "price")).isEqualTo(new DefaultValue.Literal(new BigDecimal("10.25"), false));
        assertThat(defaultOf(model, "text")).isEqualTo(new DefaultValue.Literal(new BigDecimal("3.10"), false));
        assertThat(defaultOf(model, "active")).isEqualTo(new DefaultValue.Literal(Boolean.TRUE, false));
        assertThat(defaultOf(model, "name")).isEqualTo(new DefaultValue.Literal("anonymous", false));
        assertThat(defaultOf(model, "at")).isEqualTo(new DefaultValue.Literal("2024-01-02T03:04:05Z", false));
        assertThat(defaultOf(model, "data")).isEqualTo(new DefaultValue.Literal("{\"a\": 1}", false));
        assertThat(defaultOf(model, "blob")).isEqualTo(new DefaultValue.Literal("AQID", false));
    }

    @Test
    void enumDefaultsHoldTheValueNameNotTheDatabaseName() {
        ModelMeta model = Schemas.convert("postgresql", """
                model User {
                  id    Int    @id
                  role  Role   @default(ADMIN)
                  roles Role[] @default([USER, ADMIN])
                }

                enum Role {
                  USER
                  ADMIN @map("admin")
                }
                """).model("User");
        assertThat(defaultOf(model, "role")).isEqualTo(new DefaultValue.Literal("ADMIN", true));
        assertThat(defaultOf(model, "roles")).isEqualTo(new DefaultValue.ListLiteral(List.of("USER", "ADMIN")));
    }

    @Test
    void listDefaultsHoldTypedElements() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Lists {
                  id     Int      @id
                  empty  String[] @default([])
                  names  String[] @default(["a", "b"])
                  counts Int[]    @default([1, 2])
                  flags  Boolean[] @default([true])
                }
                """).model("Lists");
        assertThat(defaultOf(model, "empty")).isEqualTo(new DefaultValue.ListLiteral(List.of()));
        assertThat(defaultOf(model, "names")).isEqualTo(new DefaultValue.ListLiteral(List.of("a", "b")));
        assertThat(defaultOf(model, "counts")).isEqualTo(new DefaultValue.ListLiteral(List.of(1L, 2L)));
        assertThat(defaultOf(model, "flags")).isEqualTo(new DefaultValue.ListLiteral(List.of(true)));
    }

    @Test
    void functionsMapToTheirMetadataDefaults() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Functions {
                  id        Int      @id @default(autoincrement())
                  createdAt DateTime @default(now())
                  uuid4     String   @default(uuid())
                  uuid4b    String   @default(uuid(4))
                  uuid7     String   @default(uuid(7))
                  cuid1     String   @default(cuid())
                  cuid2     String   @default(cuid(2))
                  ulid      String   @default(ulid())
                  nanoid    String   @default(nanoid())
                  nanoid10  String   @default(nanoid(10))
                  generated String   @default(dbgenerated("gen_random_uuid()"))
                  bare      String?  @default(dbgenerated())
                  plain     String
                }
                """).model("Functions");
        assertThat(defaultOf(model, "id")).isEqualTo(new DefaultValue.Autoincrement());
        assertThat(defaultOf(model, "createdAt")).isEqualTo(new DefaultValue.Now());
        assertThat(defaultOf(model, "uuid4")).isEqualTo(new DefaultValue.Uuid(4));
        assertThat(defaultOf(model, "uuid4b")).isEqualTo(new DefaultValue.Uuid(4));
        assertThat(defaultOf(model, "uuid7")).isEqualTo(new DefaultValue.Uuid(7));
        assertThat(defaultOf(model, "cuid1")).isEqualTo(new DefaultValue.Cuid(1));
        assertThat(defaultOf(model, "cuid2")).isEqualTo(new DefaultValue.Cuid(2));
        assertThat(defaultOf(model, "ulid")).isEqualTo(new DefaultValue.Ulid());
        assertThat(defaultOf(model, "nanoid")).isEqualTo(new DefaultValue.Nanoid(21));
        assertThat(defaultOf(model, "nanoid10")).isEqualTo(new DefaultValue.Nanoid(10));
        assertThat(defaultOf(model, "generated")).isEqualTo(new DefaultValue.DbGenerated("gen_random_uuid()"));
        assertThat(defaultOf(model, "bare")).isEqualTo(new DefaultValue.DbGenerated(null));
        assertThat(defaultOf(model, "plain")).isNull();
        assertThat(model.scalarField("uuid7").defaultValue().isClientGenerated()).isTrue();
    }

    @Test
    void cockroachSequenceIsASequenceDefault() {
        ModelMeta model = Schemas.convert("cockroachdb", """
                model Counter {
                  id    BigInt @id @default(autoincrement())
                  value Int    @default(sequence(start: 10, increment: 5))
                }
                """).model("Counter");
        assertThat(defaultOf(model, "value")).isEqualTo(new DefaultValue.Sequence());
        assertThat(defaultOf(model, "id")).isEqualTo(new DefaultValue.Autoincrement());
    }

    private static DefaultValue defaultOf(ModelMeta model, String field) {
        return model.scalarField(field).defaultValue();
    }

}
