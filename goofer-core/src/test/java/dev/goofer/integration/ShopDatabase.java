package dev.goofer.integration;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.shop.GooferClient;
import dev.goofer.fixture.shop.GooferSchema;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh database with the shop fixture's tables, emptied before each test.
 */
abstract class ShopDatabase {

    static HikariDataSource dataSource;

    static JdbcTemplate jdbc;

    static GooferClient db;

    static DatabaseKind kind;

    @BeforeAll
    static void createTables(TestDatabase database) {
        kind = database.kind();
        dataSource = TestDataSources.pooled(database);
        TestDataSources.runScript(dataSource, "shop", database.kind());
        jdbc = new JdbcTemplate(dataSource);
        db = new GooferClient(JdbcQueryExecutor.create(dataSource, GooferSchema.SCHEMA));
    }

    @AfterAll
    static void closeDataSource() {
        dataSource.close();
    }

    @BeforeEach
    void deleteRows() {
        List<String> tables = List.of("_CategoryToProduct", "Line", "details", "products", "Category", "Token");
        for (String table : tables) {
            jdbc.update("DELETE FROM " + quote(table));
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            jdbc.update("DELETE FROM \"Listing\"");
        }
    }

    static String quote(String identifier) {
        return (kind == DatabaseKind.MYSQL) ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

}
