package dev.goofer.ddl;

import java.util.List;

import org.springframework.dao.NonTransientDataAccessException;

/**
 * A statement of a schema push failed. On PostgreSQL and SQLite the push was rolled back;
 * on MySQL the statements before the failing one stay applied and are listed.
 */
public class SchemaMigrationException extends NonTransientDataAccessException {

    private static final long serialVersionUID = 1L;

    private final String statement;

    private final List<String> applied;

    /**
     * Create the exception.
     * @param message the message
     * @param statement the failing statement
     * @param applied the statements that stay applied
     * @param cause the database error
     */
    public SchemaMigrationException(String message, String statement, List<String> applied, Throwable cause) {
        super(message, cause);
        this.statement = statement;
        this.applied = List.copyOf(applied);
    }

    /**
     * Return the failing statement.
     * @return the SQL
     */
    public String statement() {
        return this.statement;
    }

    /**
     * Return the statements that stay applied (MySQL only).
     * @return the statements
     */
    public List<String> applied() {
        return this.applied;
    }

}
