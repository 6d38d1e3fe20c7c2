package dev.goofer.client;

import java.math.BigDecimal;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Aggregation;
import org.jspecify.annotations.Nullable;

/**
 * A handle on a numeric field ({@code Int}, {@code BigInt}, {@code Float},
 * {@code Decimal}): adds {@code _sum} and {@code _avg}.
 *
 * @param <M> the model record type
 * @param <T> {@code Integer}, {@code Long}, {@code Double} or {@code BigDecimal}
 */
public class NumberField<M, T extends Number & Comparable<? super T>> extends ComparableField<M, T> {

    private final Class<T> javaType;

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     * @param javaType the Java type of the values
     */
    public NumberField(ModelMeta model, String fieldName, Class<T> javaType) {
        super(model, fieldName);
        this.javaType = javaType;
    }

    /**
     * Return the aggregate {@code _sum} of this field.
     * @return the aggregate
     */
    public AggregateExpr<M, T> sum() {
        return new AggregateExpr<>(new Aggregation(Aggregation.Function.SUM, meta()));
    }

    /**
     * Return the aggregate {@code _avg} of this field.
     * @return the aggregate
     */
    public AggregateExpr<M, Double> avg() {
        return new AggregateExpr<>(new Aggregation(Aggregation.Function.AVG, meta()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable T read(@Nullable Object raw) {
        // Most values already have the field's type: one class comparison, no conversion.
        if (raw == null || raw.getClass() == this.javaType) {
            return (T) raw;
        }
        return coerce(raw, this.javaType);
    }

    /**
     * Convert a number from the database to the given numeric type without silent loss.
     * @param <N> the numeric type
     * @param raw the number, or {@code null}
     * @param type the numeric type
     * @return the converted number
     * @throws ArithmeticException if the value does not fit
     */
    static <N> @Nullable N coerce(@Nullable Object raw, Class<N> type) {
        if (raw == null || type.isInstance(raw)) {
            return type.cast(raw);
        }
        Number number = (Number) raw;
        Object converted;
        if (type == Integer.class) {
            converted = Math.toIntExact(longValueExact(number));
        }
        else if (type == Long.class) {
            converted = longValueExact(number);
        }
        else if (type == Double.class) {
            converted = number.doubleValue();
        }
        else if (type == BigDecimal.class) {
            converted = (number instanceof Double || number instanceof Float) ? BigDecimal.valueOf(number.doubleValue())
                    : new BigDecimal(number.toString());
        }
        else {
            throw new IllegalArgumentException("Not a numeric type: " + type);
        }
        return type.cast(converted);
    }

    private static long longValueExact(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.longValueExact();
        }
        if (number instanceof java.math.BigInteger integer) {
            return integer.longValueExact();
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (value != Math.rint(value)) {
                throw new ArithmeticException("Not an integer: " + value);
            }
        }
        return number.longValue();
    }

}
