package dev.goofer.ddl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs generated scripts statement by statement, as a migration tool does, and empties
 * test databases between tests.
 */
final class Scripts {

    private Scripts() {
    }

    static List<String> statements(String script) {
        String text = script.replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                String statement = current.toString().trim();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    static void execute(DataSource dataSource, String script) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
    }

    static void reset(TestDatabase database) {
        JdbcTemplate jdbc = database.jdbc();
        if (database.kind() == DatabaseKind.POSTGRESQL) {
            jdbc.execute("DROP SCHEMA IF EXISTS public CASCADE");
            jdbc.execute("DROP SCHEMA IF EXISTS sales CASCADE");
            jdbc.execute("CREATE SCHEMA public");
        }
        else if (database.kind() == DatabaseKind.MYSQL) {
            List<String> tables = jdbc.queryForList(
                    "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()", String.class);
            jdbc.execute((Connection connection) -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String table : tables) {
                        statement.execute("DROP TABLE `" + table + "`");
                    }
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
                return null;
            });
        }
        else {
            List<String> tables = jdbc.queryForList(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", String.class);
            jdbc.execute((Connection connection) -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA foreign_keys = OFF");
                    for (String table : tables) {
                        statement.execute("DROP TABLE \"" + table + "\"");
                    }
                    statement.execute("PRAGMA foreign_keys = ON");
                }
                return null;
            });
        }
    }

}
