package dev.goofer.metadata;

/**
 * The Prisma scalar types, as they reach the runtime. Enum-typed fields use
 * {@link #ENUM}.
 */
public enum ScalarType {

    STRING, BOOLEAN, INT, BIGINT, FLOAT, DECIMAL, DATETIME, JSON, BYTES, ENUM,

    /** {@code Unsupported("...")}: kept for DDL, never exposed by the client. */
    UNSUPPORTED;

    /**
     * Whether values of this type support arithmetic ({@code increment}, {@code _sum},
     * {@code _avg}).
     * @return whether the type is numeric
     */
    public boolean isNumeric() {
        return this == INT || this == BIGINT || this == FLOAT || this == DECIMAL;
    }

}
