package dev.goofer.execution;

import org.springframework.dao.EmptyResultDataAccessException;

/**
 * No record matched where one was required: {@code findUniqueOrThrow},
 * {@code findFirstOrThrow}, and {@code update} or {@code delete} of a missing record
 * (Prisma's P2025).
 */
public class RecordNotFoundException extends EmptyResultDataAccessException {

    private final String model;

    private final String operation;

    /**
     * Create an exception for the given model and operation.
     * @param model the model name
     * @param operation the operation name, such as {@code find_unique_or_throw}
     * @param detail what was looked for
     */
    public RecordNotFoundException(String model, String operation, String detail) {
        super("No " + model + " record found for " + operation + ": " + detail + ".", 1);
        this.model = model;
        this.operation = operation;
    }

    /**
     * Return the model name.
     * @return the model
     */
    public String getModel() {
        return this.model;
    }

    /**
     * Return the operation name.
     * @return the operation
     */
    public String getOperation() {
        return this.operation;
    }

}
