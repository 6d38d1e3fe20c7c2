package dev.goofer.codegen.metadata;

import java.util.List;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Provider, relation mode, models, views and enums.
 */
class SchemaConversionTest {

    @Test
    void postgresAliasIsPostgresql() {
        assertThat(Schemas.convert("postgres", "model A {\n  id Int @id\n}\n").provider())
            .isEqualTo(Provider.POSTGRESQL);
    }

    @Test
    void everySqlProviderMapsToItsConstant() {
        String body = "model A {\n  id Int @id\n}\n";
        assertThat(Schemas.convert("postgresql", body).provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(Schemas.convert("mysql", body).provider()).isEqualTo(Provider.MYSQL);
        assertThat(Schemas.convert("sqlite", body).provider()).isEqualTo(Provider.SQLITE);
        assertThat(Schemas.convert("cockroachdb", body).provider()).isEqualTo(Provider.COCKROACHDB);
        assertThat(Schemas.convert("sqlserver", body).provider()).isEqualTo(Provider.SQLSERVER);
    }

    @Test
    void relationsUseForeignKeysUnlessRelationModeIsPrisma() {
        String body = "model A {\n  id Int @id\n}\n";
        assertThat(Schemas.convert("mysql", body).foreignKeys()).isTrue();
        assertThat(Schemas.convert("""
                datasource db {
                  provider     = "mysql"
                  relationMode = "foreignKeys"
                }
                """ + body).foreignKeys()).isTrue();
        assertThat(Schemas.convert("""
                datasource db {
                  provider     = "mysql"
                  relationMode = "prisma"
                }
                """ + body).foreignKeys()).isFalse();
    }

    @Test
    void schemaWithoutDatasourceCannotBeConverted() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SchemaMetaConverter.convert(PrismaSchemas.load("model A {\n  id Int @id\n}\n")))
            .withMessageContaining("no datasource block");
    }

    @Test
    void modelsAndViewsKeepSchemaOrderWithTheirTableNamesAndDocumentation() {
        SchemaMeta schema = Schemas.convert("""
                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["views"]
                }

                datasource db {
                  provider = "postgresql"
                }

                /// People who sign in.
                /// Second line.
                model User {
                  id Int @id

                  @@map("users")
                }

                view UserInfo {
                  id    Int    @unique
                  email String
                }

                model Audit {
                  id Int @id

                  @@ignore
                }
                """);
        assertThat(schema.models()).extracting(ModelMeta::name).containsExactly("User", "UserInfo", "Audit");
        ModelMeta user = schema.model("User");
        assertThat(user.tableName()).isEqualTo("users");
        assertThat(user.view()).isFalse();
        assertThat(user.documentation()).isEqualTo("People who sign in.\nSecond line.");
        ModelMeta view = schema.model("UserInfo");
        assertThat(view.view()).isTrue();
        assertThat(view.primaryKey()).isNull();
        assertThat(view.uniques()).singleElement()
            .satisfies((unique) -> assertThat(unique.constraintName()).isEqualTo("UserInfo_id_key"));
        assertThat(view.identifyingFields()).containsExactly("id");
        assertThat(schema.model("Audit").ignored()).isTrue();
        assertThat(user.ignored()).isFalse();
    }

    @Test
    void multiSchemaModelsAndEnumsKeepTheirDatabaseSchema() {
        SchemaMeta schema = Schemas.convert("""
                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["multiSchema"]
                }

                datasource db {
                  provider = "postgresql"
                  schemas  = ["base", "sales"]
                }

                model Order {
                  id     Int    @id
                  status Status

                  @@schema("sales")
                }

                enum Status {
                  OPEN
                  CLOSED

                  @@schema("base")
                }
                """);
        assertThat(schema.model("Order").schema()).isEqualTo("sales");
        assertThat(schema.enumType("Status").schema()).isEqualTo("base");
    }

    @Test
    void enumsCarryTheirDatabaseNamesAndDocumentation() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                /// Who may do what.
                enum Role {
                  USER
                  /// May manage every user.
                  ADMIN  @map("admin")
                  GUEST

                  @@map("user_role")
                }

                enum Plain {
                  A
                }
                """);
        assertThat(schema.enums()).containsExactly(
                new EnumMeta("Role", "user_role", null,
                        List.of(new EnumMeta.Value("USER", "USER"),
                                new EnumMeta.Value("ADMIN", "admin", "May manage every user."),
                                new EnumMeta.Value("GUEST", "GUEST")),
                        "Who may do what."),
                new EnumMeta("Plain", "Plain", null, List.of(new EnumMeta.Value("A", "A")), null));
    }

    @Test
    void shardKeysOnAFieldOrTheBlockNameTheirFields() {
        SchemaMeta schema = Schemas.convert("""
                datasource db {
                  provider = "mysql"
                }

                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["shardKeys"]
                }

                model Tenant {
                  id     Int    @id
                  region String @shardKey
                }

                model Order {
                  id       Int    @id
                  region   String
                  tenantId Int

                  @@shardKey([region, tenantId])
                }

                model Plain {
                  id Int @id
                }
                """);
        assertThat(schema.model("Tenant").shardKey()).containsExactly("region");
        assertThat(schema.model("Order").shardKey()).containsExactly("region", "tenantId");
        assertThat(schema.model("Plain").shardKey()).isEmpty();
    }

}
