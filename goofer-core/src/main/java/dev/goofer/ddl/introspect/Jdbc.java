package dev.goofer.ddl.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Minimal JDBC helpers for catalog queries.
 */
final class Jdbc {

    private Jdbc() {
    }

    static void query(Connection connection, String sql, Binder binder, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }

    static String string(Connection connection, String sql) throws SQLException {
        StringBuilder value = new StringBuilder();
        query(connection, sql, (s) -> {
        }, (rows) -> value.append(rows.getString(1)));
        return value.toString();
    }

    /**
     * Binds statement parameters.
     */
    @FunctionalInterface
    interface Binder {

        void bind(PreparedStatement statement) throws SQLException;

    }

    /**
     * Handles one result row.
     */
    @FunctionalInterface
    interface RowHandler {

        void handle(ResultSet rows) throws SQLException;

    }

}
