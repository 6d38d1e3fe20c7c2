package dev.goofer.execution;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;

/**
 * A write violated a unique constraint (Prisma's P2002), naming the model and its fields.
 */
public class UniqueConstraintViolationException extends DuplicateKeyException {

    private final String model;

    private final List<String> fields;

    /**
     * Create an exception.
     * @param model the model written to
     * @param fields the fields of the violated constraint, empty when unknown
     * @param operation the operation, such as {@code create}
     * @param cause the driver exception
     */
    public UniqueConstraintViolationException(String model, List<String> fields, String operation,
            @Nullable Throwable cause) {
        super("Unique constraint failed on " + describe(fields) + " of model " + model + " during " + operation
                + ((cause != null) ? ": " + cause.getMessage() : ""), cause);
        this.model = model;
        this.fields = List.copyOf(fields);
    }

    static String describe(List<String> fields) {
        return fields.isEmpty() ? "a unique constraint" : "the fields (" + String.join(", ", fields) + ")";
    }

    /**
     * Return the model name.
     * @return the model
     */
    public String getModel() {
        return this.model;
    }

    /**
     * Return the fields of the violated constraint.
     * @return the field names, empty when the database did not say
     */
    public List<String> getFields() {
        return this.fields;
    }

}
