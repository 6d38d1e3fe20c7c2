package dev.goofer.codegen.metadata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.ScalarType;
import dev.goofer.schema.semantic.ScalarField;
import org.jspecify.annotations.Nullable;

/**
 * Converts {@code @default(...)} values. Literals are typed by the field type: numbers of
 * {@code Int} and {@code BigInt} fields are {@code Long}, numbers of {@code Float} and
 * {@code Decimal} fields (and the string form of a {@code Decimal} default) are
 * {@code BigDecimal}, booleans are {@code Boolean}, and strings (also {@code DateTime},
 * {@code Json} and base64 {@code Bytes} defaults) stay {@code String}; enum defaults hold
 * the enum value name as written in the schema.
 */
final class DefaultValueConverter {

    /** Prisma's default {@code nanoid()} length. */
    static final int NANOID_DEFAULT_LENGTH = 21;

    private DefaultValueConverter() {
    }

    static @Nullable DefaultValue convert(ScalarField field, ScalarType type) {
        dev.goofer.schema.semantic.DefaultValue value = field.defaultValue();
        if (value == null) {
            return null;
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.ListLiteral list) {
            List<Object> values = new ArrayList<>();
            for (dev.goofer.schema.semantic.DefaultValue element : list.values()) {
                values.add(literal(element, type, field));
            }
            return new DefaultValue.ListLiteral(values);
        }
        if (isLiteral(value)) {
            return new DefaultValue.Literal(literal(value, type, field),
                    value instanceof dev.goofer.schema.semantic.DefaultValue.EnumLiteral);
        }
        return function(value, field);
    }

    private static boolean isLiteral(dev.goofer.schema.semantic.DefaultValue value) {
        return value instanceof dev.goofer.schema.semantic.DefaultValue.StringLiteral
                || value instanceof dev.goofer.schema.semantic.DefaultValue.NumberLiteral
                || value instanceof dev.goofer.schema.semantic.DefaultValue.BooleanLiteral
                || value instanceof dev.goofer.schema.semantic.DefaultValue.EnumLiteral;
    }

    private static Object literal(dev.goofer.schema.semantic.DefaultValue value, ScalarType type, ScalarField field) {
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.StringLiteral string) {
            return (type == ScalarType.DECIMAL) ? new BigDecimal(string.value().trim()) : string.value();
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.NumberLiteral number) {
            return number(number.text(), type);
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.BooleanLiteral bool) {
            return bool.value();
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.EnumLiteral enumLiteral) {
            return enumLiteral.value();
        }
        throw new IllegalArgumentException("Field \"" + field + "\": " + value + " is not a literal default");
    }

    private static Object number(String text, ScalarType type) {
        BigDecimal decimal = new BigDecimal(text);
        if (type == ScalarType.INT || type == ScalarType.BIGINT) {
            return decimal.longValueExact();
        }
        return decimal;
    }

    private static DefaultValue function(dev.goofer.schema.semantic.DefaultValue value, ScalarField field) {
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Autoincrement) {
            return new DefaultValue.Autoincrement();
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Sequence) {
            return new DefaultValue.Sequence();
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Now) {
            return new DefaultValue.Now();
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.DbGenerated generated) {
            return new DefaultValue.DbGenerated(generated.expression());
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Uuid uuid) {
            return new DefaultValue.Uuid(uuid.version());
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Cuid cuid) {
            return new DefaultValue.Cuid(cuid.version());
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Ulid) {
            return new DefaultValue.Ulid();
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Nanoid nanoid) {
            Integer length = nanoid.length();
            return new DefaultValue.Nanoid((length != null) ? length : NANOID_DEFAULT_LENGTH);
        }
        if (value instanceof dev.goofer.schema.semantic.DefaultValue.Auto) {
            throw new IllegalArgumentException("Field \"" + field + "\": auto() only exists on MongoDB");
        }
        throw new IllegalStateException("Unhandled default " + value + " of field \"" + field + "\"");
    }

}
