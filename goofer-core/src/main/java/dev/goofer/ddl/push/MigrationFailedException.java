package dev.goofer.ddl.push;

import java.sql.SQLException;
import java.util.List;

/**
 * A migration statement failed. Carries the statement and, for databases without
 * transactional DDL, the statements that were applied before it and stay applied.
 */
public class MigrationFailedException extends SQLException {

    private static final long serialVersionUID = 1L;

    private final String statement;

    private final List<String> applied;

    private final boolean rolledBack;

    /**
     * Create the exception.
     * @param statement the failing statement
     * @param applied the statements applied before it
     * @param rolledBack whether the statements before it were rolled back
     * @param cause the database error
     */
    public MigrationFailedException(String statement, List<String> applied, boolean rolledBack, SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.statement = statement;
        this.applied = List.copyOf(applied);
        this.rolledBack = rolledBack;
    }

    /**
     * Return the failing statement.
     * @return the SQL
     */
    public String statement() {
        return this.statement;
    }

    /**
     * Return the statements applied before the failure.
     * @return the statements
     */
    public List<String> applied() {
        return this.applied;
    }

    /**
     * Whether the statements before the failure were rolled back.
     * @return whether the database is as it was
     */
    public boolean rolledBack() {
        return this.rolledBack;
    }

}
