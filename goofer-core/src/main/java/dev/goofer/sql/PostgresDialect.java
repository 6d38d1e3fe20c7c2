package dev.goofer.sql;

import java.util.EnumSet;
import java.util.Set;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL (and CockroachDB): native enums, {@code jsonb}, arrays for scalar lists,
 * {@code timestamp(3)} holding UTC.
 */
public final class PostgresDialect implements Dialect {

    /** The shared instance. */
    public static final PostgresDialect INSTANCE = new PostgresDialect();

    private static final Set<DialectCapability> CAPABILITIES = EnumSet.allOf(DialectCapability.class);

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql";
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
        if (offset) {
            sql.append(" OFFSET ?");
        }
    }

    @Override
    public @Nullable Object toParameter(ScalarFieldMeta field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (field.list()) {
            return SqlParameter.array(Values.listElements(this, field, value), arrayElementType(field));
        }
        Object converted = Values.common(field, value);
        if (field.type() == ScalarType.ENUM || field.type() == ScalarType.JSON) {
            return SqlParameter.untyped(converted);
        }
        return converted;
    }

    /**
     * Return the array element type to create array parameters of a list field with. Enum
     * lists are created as text arrays and cast in SQL.
     * @param field the list field
     * @return the driver type name
     */
    String arrayElementType(ScalarFieldMeta field) {
        ScalarType type = field.type();
        if (type == ScalarType.INT) {
            return "int4";
        }
        if (type == ScalarType.BIGINT) {
            return "int8";
        }
        if (type == ScalarType.FLOAT) {
            return "float8";
        }
        if (type == ScalarType.DECIMAL) {
            return "numeric";
        }
        if (type == ScalarType.BOOLEAN) {
            return "bool";
        }
        if (type == ScalarType.DATETIME) {
            return "timestamp";
        }
        if (type == ScalarType.JSON) {
            return "jsonb";
        }
        if (type == ScalarType.BYTES) {
            return "bytea";
        }
        return "text";
    }

    @Override
    public String enumArrayCast(String quotedEnumType) {
        return quotedEnumType + "[]";
    }

    @Override
    public String toString() {
        return "PostgresDialect";
    }

}
