package dev.goofer.codegen.model;

import com.palantir.javapoet.ClassName;
import dev.goofer.metadata.ScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The Java types of scalar values: {@code Int} is {@code Integer}, {@code BigInt}
 * {@code Long}, {@code Float} {@code Double}, {@code Decimal} {@code BigDecimal},
 * {@code DateTime} {@code Instant}, {@code Bytes} and {@code Json} Goofer's value types.
 */
public final class JavaTypes {

    /** {@code java.util.List}. */
    public static final ClassName LIST = ClassName.get("java.util", "List");

    /** {@code java.lang.String}. */
    public static final ClassName STRING = ClassName.get("java.lang", "String");

    /** {@code java.lang.Boolean}. */
    public static final ClassName BOOLEAN = ClassName.get("java.lang", "Boolean");

    /** {@code java.lang.Integer}. */
    public static final ClassName INTEGER = ClassName.get("java.lang", "Integer");

    /** {@code java.lang.Long}. */
    public static final ClassName LONG = ClassName.get("java.lang", "Long");

    /** {@code java.lang.Double}. */
    public static final ClassName DOUBLE = ClassName.get("java.lang", "Double");

    /** {@code java.math.BigDecimal}. */
    public static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

    /** {@code java.time.Instant}. */
    public static final ClassName INSTANT = ClassName.get("java.time", "Instant");

    /** {@code dev.goofer.types.Json}. */
    public static final ClassName JSON = ClassName.get("dev.goofer.types", "Json");

    /** {@code dev.goofer.types.Bytes}. */
    public static final ClassName BYTES = ClassName.get("dev.goofer.types", "Bytes");

    private JavaTypes() {
    }

    /**
     * Return the Java type of one value of a scalar type.
     * @param type the scalar type
     * @param enumClass the generated enum, for {@link ScalarType#ENUM}
     * @return the Java type, or {@code null} for {@link ScalarType#UNSUPPORTED}
     */
    public static @Nullable ClassName valueType(ScalarType type, @Nullable ClassName enumClass) {
        return switch (type) {
            case STRING -> STRING;
            case BOOLEAN -> BOOLEAN;
            case INT -> INTEGER;
            case BIGINT -> LONG;
            case FLOAT -> DOUBLE;
            case DECIMAL -> BIG_DECIMAL;
            case DATETIME -> INSTANT;
            case JSON -> JSON;
            case BYTES -> BYTES;
            case ENUM -> enumClass;
            case UNSUPPORTED -> null;
        };
    }

}
