package dev.goofer.ddl;

import org.springframework.dao.NonTransientDataAccessException;

/**
 * The database schema does not match the Goofer schema (what
 * {@code goofer.schema.mode=validate} reports at startup). The message lists every
 * difference.
 */
public class SchemaDriftException extends NonTransientDataAccessException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    /**
     * Create the exception.
     * @param result the validation result with the differences
     */
    public SchemaDriftException(ValidationResult result) {
        super(result.report());
        this.result = result;
    }

    /**
     * Return the validation result.
     * @return the result
     */
    public ValidationResult result() {
        return this.result;
    }

}
