package dev.goofer.integration;

import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Pooled data sources and Prisma-like DDL scripts for the integration tests.
 */
final class TestDataSources {

    private TestDataSources() {
    }

    static HikariDataSource pooled(TestDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("goofer-test-" + database.name());
        return new HikariDataSource(config);
    }

    static String scriptName(DatabaseKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Run a fixture's script without its foreign keys, as Prisma creates the tables for
     * {@code relationMode = "prisma"}.
     */
    static void runScriptWithoutForeignKeys(DataSource dataSource, String fixture, DatabaseKind kind) {
        try {
            String script = new ClassPathResource("ddl/" + fixture + "/" + scriptName(kind) + ".sql")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder kept = new StringBuilder();
            for (String line : script.split("\n")) {
                if (!line.contains("FOREIGN KEY")) {
                    kept.append(line).append('\n');
                }
            }
            String text = kept.toString().replaceAll(",\\s*\\n\\)", "\n)");
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                    new org.springframework.core.io.ByteArrayResource(
                            text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            populator.setSeparator(";");
            populator.execute(dataSource);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static void runScript(DataSource dataSource, String fixture, DatabaseKind kind) {
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
                new ClassPathResource("ddl/" + fixture + "/" + scriptName(kind) + ".sql"));
        populator.setSeparator(";");
        populator.execute(dataSource);
    }

}
