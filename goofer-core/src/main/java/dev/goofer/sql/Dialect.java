package dev.goofer.sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * The SQL flavour of one database: identifier quoting, paging, conflict handling, and how
 * Java values are bound and read so that databases made by Prisma work unchanged.
 */
public sealed interface Dialect permits PostgresDialect, MySqlDialect, SqliteDialect {

    /**
     * Return the dialect name used in metrics and messages.
     * @return the name, such as {@code postgresql}
     */
    String name();

    /**
     * Return what this dialect supports.
     * @return the capabilities
     */
    Set<DialectCapability> capabilities();

    /**
     * Whether this dialect has a capability.
     * @param capability the capability
     * @return whether it is supported
     */
    default boolean supports(DialectCapability capability) {
        return capabilities().contains(capability);
    }

    /**
     * Quote an identifier that comes from the schema metadata.
     * @param identifier the identifier
     * @return the quoted identifier
     */
    String quote(String identifier);

    /**
     * Return the quoted, schema-qualified name of a table.
     * @param name the table name
     * @param schema the schema, or {@code null} for the default one
     * @return the table reference
     */
    default String table(String name, @Nullable String schema) {
        return (schema != null) ? quote(schema) + "." + quote(name) : quote(name);
    }

    /**
     * Append the paging clause with {@code ?} placeholders for the limit, then the
     * offset.
     * @param sql the SQL being built
     * @param limit whether a limit follows
     * @param offset whether an offset follows
     */
    void limitOffset(StringBuilder sql, boolean limit, boolean offset);

    /**
     * Return the start of an {@code INSERT}, for plain inserts and for inserts that skip
     * rows violating a unique constraint.
     * @param skipDuplicates whether duplicates are skipped
     * @return the statement start, such as {@code INSERT OR IGNORE INTO}
     */
    default String insertInto(boolean skipDuplicates) {
        return "INSERT INTO ";
    }

    /**
     * Return the end of an {@code INSERT} that skips duplicates.
     * @param skipDuplicates whether duplicates are skipped
     * @return the clause, possibly empty
     */
    default String insertSuffix(boolean skipDuplicates) {
        return skipDuplicates ? " ON CONFLICT DO NOTHING" : "";
    }

    /**
     * Return the clause that turns an insert into an upsert on a conflict on the given
     * columns, up to the first assignment.
     * @param conflictColumns the quoted columns of the unique constraint
     * @return the clause, such as {@code ON CONFLICT ("email") DO UPDATE SET }
     */
    default String upsertClause(List<String> conflictColumns) {
        return " ON CONFLICT (" + String.join(", ", conflictColumns) + ") DO UPDATE SET ";
    }

    /**
     * Return the escape clause for {@code LIKE} patterns escaped with a backslash.
     * @return the clause, possibly empty
     */
    default String likeEscape() {
        return "";
    }

    /**
     * Return the clause that reads the given key columns back from an {@code INSERT}, or
     * an empty string when the driver's generated keys are used instead.
     * @param quotedColumns the quoted key columns
     * @return the clause, such as {@code RETURNING "id"}
     */
    default String returning(List<String> quotedColumns) {
        return supports(DialectCapability.INSERT_RETURNING) ? " RETURNING " + String.join(", ", quotedColumns) : "";
    }

    /**
     * Return a JSON path in the {@code $.key[0]} syntax of MySQL's {@code JSON_EXTRACT}
     * and SQLite's {@code json_extract}; keys made of digits address array elements.
     * @param path the keys
     * @return the path expression
     */
    default String jsonPath(List<String> path) {
        StringBuilder text = new StringBuilder("$");
        for (String key : path) {
            if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
                text.append('[').append(key).append(']');
            }
            else {
                text.append(".\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return text.toString();
    }

    /**
     * Return the SQL type an array parameter of an enum list is cast to, or {@code null}
     * when the dialect needs no cast (or has no arrays).
     * @param quotedEnumType the quoted enum type name
     * @return the cast target, such as {@code "Role"[]}
     */
    default @org.jspecify.annotations.Nullable String enumArrayCast(String quotedEnumType) {
        return null;
    }

    /**
     * Convert a Java value of a field to the value bound for it.
     * @param field the field
     * @param value the Java value
     * @return the value to bind
     */
    @Nullable Object toParameter(ScalarFieldMeta field, @Nullable Object value);

    /**
     * Read a column value as the Java value of a field.
     * @param resultSet the result set
     * @param index the 1-based column index
     * @param field the field
     * @return the value
     * @throws SQLException on driver errors
     */
    default @Nullable Object read(ResultSet resultSet, int index, ScalarFieldMeta field) throws SQLException {
        return Values.read(this, resultSet, index, field, true);
    }

    /**
     * Read a column of a table, selected as it is (never an expression, whose value may
     * be {@code NULL} whatever the field: an aggregate over no rows), and not of a view.
     * The same as {@link #read} unless a dialect can trust the table's {@code NOT NULL}.
     * @param resultSet the result set
     * @param index the 1-based column index
     * @param field the field
     * @return the value
     * @throws SQLException on driver errors
     */
    default @Nullable Object readColumn(ResultSet resultSet, int index, ScalarFieldMeta field) throws SQLException {
        return read(resultSet, index, field);
    }

    /**
     * Bind one parameter.
     * @param statement the statement
     * @param index the 1-based parameter index
     * @param value the value from a {@link BoundSql}
     * @throws SQLException on driver errors
     */
    default void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        Values.bind(statement, index, value);
    }

    /**
     * Return the dialect for a schema provider.
     * @param provider the provider
     * @return the dialect
     * @throws UnsupportedOperationException for SQL Server
     */
    static Dialect of(Provider provider) {
        if (provider == Provider.POSTGRESQL || provider == Provider.COCKROACHDB) {
            return PostgresDialect.INSTANCE;
        }
        if (provider == Provider.MYSQL) {
            return MySqlDialect.INSTANCE;
        }
        if (provider == Provider.SQLITE) {
            return SqliteDialect.INSTANCE;
        }
        throw new UnsupportedOperationException(
                "The " + provider.prismaName() + " provider is not supported at run time yet");
    }

}
