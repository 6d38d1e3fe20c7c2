package dev.goofer.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import org.jspecify.annotations.Nullable;

/**
 * SQLite as Prisma uses it: enums as text, booleans as 0/1, DateTime as integer Unix
 * milliseconds (text timestamps are read too), Json as text.
 */
public final class SqliteDialect implements Dialect {

    /** The shared instance. */
    public static final SqliteDialect INSTANCE = new SqliteDialect();

    /**
     * Read a table column, skipping {@link ResultSet#wasNull()} for required numbers and
     * booleans: with this driver every {@code wasNull} is a native call, and the column
     * of a required field is {@code NOT NULL} (a file whose column holds {@code NULL}
     * anyway, not made from the schema, reads 0 or {@code false} there).
     */
    @Override
    public @Nullable Object readColumn(ResultSet resultSet, int index, ScalarFieldMeta field) throws SQLException {
        return Values.read(this, resultSet, index, field, field.optional());
    }

    private static final Set<DialectCapability> CAPABILITIES = EnumSet.of(DialectCapability.INSERT_RETURNING,
            DialectCapability.NULLS_ORDERING, DialectCapability.JSON_FILTERS,
            DialectCapability.CASE_INSENSITIVE_FILTERS, DialectCapability.WINDOW_FUNCTIONS,
            DialectCapability.NATIVE_UPSERT);

    private SqliteDialect() {
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Set<DialectCapability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void limitOffset(StringBuilder sql, boolean limit, boolean offset) {
        if (limit) {
            sql.append(" LIMIT ?");
        }
        else if (offset) {
            sql.append(" LIMIT -1");
        }
        if (offset) {
            sql.append(" OFFSET ?");
        }
    }

    @Override
    public String insertInto(boolean skipDuplicates) {
        return skipDuplicates ? "INSERT OR IGNORE INTO " : "INSERT INTO ";
    }

    @Override
    public String insertSuffix(boolean skipDuplicates) {
        return "";
    }

    @Override
    public String likeEscape() {
        return " ESCAPE '\\'";
    }

    @Override
    public @Nullable Object toParameter(ScalarFieldMeta field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (field.list()) {
            throw new UnsupportedOperationException(
                    "Scalar lists are not supported on SQLite (field \"" + field.name() + "\")");
        }
        if (field.type() == ScalarType.DATETIME) {
            return Values.instant(value).toEpochMilli();
        }
        if (field.type() == ScalarType.DECIMAL) {
            return Values.common(field, value).toString();
        }
        return Values.common(field, value);
    }

    @Override
    public String toString() {
        return "SqliteDialect";
    }

}
