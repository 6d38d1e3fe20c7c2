package dev.goofer.execution;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A write violated a foreign key (Prisma's P2003), naming the model and the foreign-key
 * fields when the database tells which constraint failed.
 */
public class ForeignKeyViolationException extends DataIntegrityViolationException {

    private final String model;

    private final List<String> fields;

    /**
     * Create an exception.
     * @param model the model written to
     * @param fields the foreign-key fields, empty when unknown
     * @param operation the operation, such as {@code delete}
     * @param cause the driver exception
     */
    public ForeignKeyViolationException(String model, List<String> fields, String operation,
            @Nullable Throwable cause) {
        super("Foreign key constraint failed on "
                + (fields.isEmpty() ? "a relation" : "the fields (" + String.join(", ", fields) + ")") + " of model "
                + model + " during " + operation + ((cause != null) ? ": " + cause.getMessage() : ""), cause);
        this.model = model;
        this.fields = List.copyOf(fields);
    }

    /**
     * Return the model name.
     * @return the model
     */
    public String getModel() {
        return this.model;
    }

    /**
     * Return the foreign-key fields.
     * @return the field names, empty when the database did not say
     */
    public List<String> getFields() {
        return this.fields;
    }

}
