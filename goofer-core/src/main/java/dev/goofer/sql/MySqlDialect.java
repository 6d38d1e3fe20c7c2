package dev.goofer.sql;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * MySQL and MariaDB: backtick quoting, {@code ENUM} columns, {@code datetime(3)} holding
 * UTC, {@code INSERT IGNORE} and {@code ON DUPLICATE KEY UPDATE}.
 */
public final class MySqlDialect implements Dialect {

    /** The shared instance. */
    public static final MySqlDialect INSTANCE = new MySqlDialect();

    private static final Set<DialectCapability> CAPABILITIES = EnumSet.of(DialectCapability.JSON_FILTERS,
            DialectCapability.CASE_INSENSITIVE_FILTERS, DialectCapability.WINDOW_FUNCTIONS,
            DialectCapability.NATIVE_ENUMS);

    private MySqlDialect() {
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public Set<DialectCapability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public void limitOffset(StringBuilder sql, boolean limit, boolean offset) {
        if (limit) {
            sql.append(" LIMIT ?");
        }
        else if (offset) {
            sql.append(" LIMIT 18446744073709551615");
        }
        if (offset) {
            sql.append(" OFFSET ?");
        }
    }

    @Override
    public String insertInto(boolean skipDuplicates) {
        return skipDuplicates ? "INSERT IGNORE INTO " : "INSERT INTO ";
    }

    @Override
    public String insertSuffix(boolean skipDuplicates) {
        return "";
    }

    @Override
    public String upsertClause(List<String> conflictColumns) {
        return " ON DUPLICATE KEY UPDATE ";
    }

    @Override
    public @Nullable Object toParameter(ScalarFieldMeta field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (field.list()) {
            throw new UnsupportedOperationException(
                    "Scalar lists are not supported on MySQL (field \"" + field.name() + "\")");
        }
        return Values.common(field, value);
    }

    @Override
    public String toString() {
        return "MySqlDialect";
    }

}
