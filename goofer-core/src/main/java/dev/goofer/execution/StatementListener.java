package dev.goofer.execution;

/**
 * Told about every SQL statement the JDBC executor runs, after it ran: the hook the
 * profiler and metrics plug into. Called on the executing thread, so implementations must
 * be quick and must not throw.
 */
@FunctionalInterface
public interface StatementListener {

    /**
     * Called after a statement ran or failed.
     * @param event what ran, for how long, and how it ended
     */
    void statementExecuted(StatementEvent event);

}
