package dev.goofer.client;

import java.util.Objects;

import dev.goofer.query.FieldUpdate;

/**
 * An atomic change of a numeric field in an update, computed by the database:
 * {@code PostUpdate.builder().views(NumberOperation.increment(1))}.
 *
 * @param <T> the numeric type of the field
 * @param operation the operation
 * @param operand the operand
 */
public record NumberOperation<T extends Number>(FieldUpdate.Operation operation, T operand) {

    public NumberOperation {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(operand, "operand");
        if (operation == FieldUpdate.Operation.PUSH) {
            throw new IllegalArgumentException("push is not a number operation");
        }
    }

    /**
     * Add to the field.
     * @param <T> the numeric type
     * @param operand the amount
     * @return the operation
     */
    public static <T extends Number> NumberOperation<T> increment(T operand) {
        return new NumberOperation<>(FieldUpdate.Operation.INCREMENT, operand);
    }

    /**
     * Subtract from the field.
     * @param <T> the numeric type
     * @param operand the amount
     * @return the operation
     */
    public static <T extends Number> NumberOperation<T> decrement(T operand) {
        return new NumberOperation<>(FieldUpdate.Operation.DECREMENT, operand);
    }

    /**
     * Multiply the field.
     * @param <T> the numeric type
     * @param operand the factor
     * @return the operation
     */
    public static <T extends Number> NumberOperation<T> multiply(T operand) {
        return new NumberOperation<>(FieldUpdate.Operation.MULTIPLY, operand);
    }

    /**
     * Divide the field (integer division for integer fields).
     * @param <T> the numeric type
     * @param operand the divisor
     * @return the operation
     */
    public static <T extends Number> NumberOperation<T> divide(T operand) {
        return new NumberOperation<>(FieldUpdate.Operation.DIVIDE, operand);
    }

    /**
     * Set the field.
     * @param <T> the numeric type
     * @param value the new value
     * @return the operation
     */
    public static <T extends Number> NumberOperation<T> set(T value) {
        return new NumberOperation<>(FieldUpdate.Operation.SET, value);
    }

}
