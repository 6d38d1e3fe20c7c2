package dev.goofer.schema.semantic;

import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Datasources and generators, in Prisma 6 and Prisma 7 style.
 */
class ConfigurationTest {

    @Test
    void prisma6DatasourceKeepsItsUrlAndTheAliasProvider() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider     = "postgres"
                  url          = env("DATABASE_URL")
                  directUrl    = "postgres://localhost/direct"
                  relationMode = "prisma"
                  schemas      = ["public", "auth"]
                }
                """);
        Datasource datasource = schema.datasource();
        assertThat(datasource.name()).isEqualTo("db");
        assertThat(datasource.provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(datasource.providerName()).isEqualTo("postgres");
        assertThat(datasource.url()).isEqualTo(new ConfigValue.EnvVar("DATABASE_URL"));
        assertThat(datasource.directUrl()).isEqualTo(new ConfigValue.Literal("postgres://localhost/direct"));
        assertThat(datasource.relationMode()).isEqualTo(RelationMode.PRISMA);
        assertThat(datasource.schemas()).containsExactly("public", "auth");
        assertThat(schema.provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(schema.relationMode()).isEqualTo(RelationMode.PRISMA);
    }

    @Test
    void prisma7DatasourceNeedsNoUrl() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "sqlite"
                }
                """);
        assertThat(schema.datasource().url()).isNull();
        assertThat(schema.provider()).isEqualTo(Provider.SQLITE);
        assertThat(schema.relationMode()).isEqualTo(RelationMode.FOREIGN_KEYS);
    }

    @Test
    void postgresExtensionsAreReadWithThePreviewFeature() {
        ResolvedSchema schema = PrismaSchemas.load("""
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["postgresqlExtensions"]
                }

                datasource db {
                  provider   = "postgresql"
                  extensions = [pg_trgm, postgis(schema: "gis", version: "3.4", map: "postgis_ext")]
                }
                """);
        assertThat(schema.datasource().extensions()).extracting(PostgresExtension::name)
            .containsExactly("pg_trgm", "postgis");
        PostgresExtension postgis = schema.datasource().extensions().get(1);
        assertThat(postgis.schema()).isEqualTo("gis");
        assertThat(postgis.version()).isEqualTo("3.4");
        assertThat(postgis.databaseName()).isEqualTo("postgis_ext");
        assertThat(schema.previewFeatures()).contains("postgresqlExtensions");
    }

    @Test
    void generatorsKeepTheirExtraKeys() {
        ResolvedSchema schema = PrismaSchemas.load("""
                generator client {
                  provider = "prisma-client-js"
                }

                generator goofer {
                  provider        = "goofer"
                  output          = "../generated"
                  package         = "com.acme.db"
                  previewFeatures = ["views", "relationJoins"]
                  flags           = ["a", "b"]
                }
                """);
        assertThat(schema.generators()).extracting(Generator::name).containsExactly("client", "goofer");
        Generator goofer = schema.findGenerator("goofer").orElseThrow();
        assertThat(goofer.provider().asText()).isEqualTo("goofer");
        assertThat(goofer.output()).isEqualTo(new ConfigValue.Literal("../generated"));
        assertThat(goofer.property("package")).isEqualTo("com.acme.db");
        assertThat(goofer.config().get("flags")).isEqualTo(new ConfigValue.ListValue(
                java.util.List.of(new ConfigValue.Literal("a"), new ConfigValue.Literal("b"))));
        assertThat(goofer.previewFeatures()).containsExactly("views", "relationJoins");
        assertThat(schema.previewFeatures()).contains("views", "relationJoins");
        assertThat(schema.datasource()).isNull();
    }

    @Test
    void deprecatedPreviewFeaturesAreWarningsOnTheValidSchema() {
        ResolvedSchema schema = PrismaSchemas.load("""
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["metrics", "somethingNew"]
                }
                """);
        assertThat(schema.warnings()).hasSize(2)
            .allSatisfy((warning) -> assertThat(warning.severity()).isEqualTo(Severity.WARNING));
    }

}
