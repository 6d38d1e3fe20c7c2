package dev.goofer.schema.semantic;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Prisma's built-in scalar types.
 */
public enum ScalarType {

    /** {@code String}. */
    STRING("String"),

    /** {@code Boolean}. */
    BOOLEAN("Boolean"),

    /** {@code Int}: a 32-bit integer. */
    INT("Int"),

    /** {@code BigInt}: a 64-bit integer. */
    BIG_INT("BigInt"),

    /** {@code Float}: a double-precision number. */
    FLOAT("Float"),

    /** {@code Decimal}: an exact decimal number. */
    DECIMAL("Decimal"),

    /** {@code DateTime}. */
    DATE_TIME("DateTime"),

    /** {@code Json}. */
    JSON("Json"),

    /** {@code Bytes}. */
    BYTES("Bytes");

    private final String prismaName;

    ScalarType(String prismaName) {
        this.prismaName = prismaName;
    }

    /**
     * Return the type name as written in a schema.
     * @return the Prisma type name
     */
    public String prismaName() {
        return this.prismaName;
    }

    /**
     * Find a scalar type by its schema name.
     * @param name the type name, such as {@code DateTime}
     * @return the type, or {@code null} if the name is not a built-in scalar type
     */
    public static @Nullable ScalarType fromPrismaName(String name) {
        return Arrays.stream(values()).filter((type) -> type.prismaName.equals(name)).findFirst().orElse(null);
    }

}
