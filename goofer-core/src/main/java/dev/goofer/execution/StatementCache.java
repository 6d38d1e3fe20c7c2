package dev.goofer.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Prepared read statements kept open per physical connection, for drivers that prepare
 * every statement from scratch (SQLite's compiles the SQL on each
 * {@code prepareStatement}, about half the cost of a primary-key read). PostgreSQL's and
 * MariaDB's drivers keep their own, so the executor uses it by default only for SQLite.
 *
 * <p>
 * Statements are prepared on the physical connection (unwrapped from the pool's proxy,
 * which would close them when the connection goes back to the pool), and only for
 * statements that return rows: Goofer's {@code SELECT}s and {@code queryRaw}. Goofer's
 * writes go through the proxy, so the pool sees them; a {@code queryRaw} write either
 * commits at once (auto-commit) or belongs to a Spring-managed transaction, which commits
 * or rolls back through the proxy (Goofer's own transactions included). A statement is
 * taken out of the cache while in use, so a second use of the same SQL on the same
 * connection gets its own; each connection keeps its most recently used statements,
 * closing the others. Closing a connection closes its statements; its entry is dropped
 * when the next new connection is seen.
 */
final class StatementCache {

    private final int maxPerConnection;

    private final Map<Connection, Map<String, PreparedStatement>> connections = new IdentityHashMap<>();

    StatementCache(int maxPerConnection) {
        this.maxPerConnection = maxPerConnection;
    }

    int maxPerConnection() {
        return this.maxPerConnection;
    }

    /**
     * Take the statement for some SQL out of the cache, or prepare it.
     * @param connection the connection the session uses (possibly a pool's proxy)
     * @param sql the SQL text
     * @return the statement, to be handed back with {@link #release}
     * @throws SQLException if the statement cannot be prepared
     */
    Cached take(Connection connection, String sql) throws SQLException {
        Connection physical = connection.unwrap(Connection.class);
        Map<String, PreparedStatement> statements = statements(physical);
        PreparedStatement statement;
        synchronized (statements) {
            statement = statements.remove(sql);
        }
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
        }
        else if (statement.getQueryTimeout() != 0) {
            statement.setQueryTimeout(0);
        }
        return new Cached(statements, sql, statement);
    }

    /**
     * Return the statements of a connection, forgetting the connections closed since a
     * connection was last added (their statements closed with them), so that the map
     * holds the pool's live connections and a few retired ones.
     */
    private Map<String, PreparedStatement> statements(Connection physical) throws SQLException {
        synchronized (this.connections) {
            Map<String, PreparedStatement> statements = this.connections.get(physical);
            if (statements == null) {
                Iterator<Connection> known = this.connections.keySet().iterator();
                while (known.hasNext()) {
                    if (known.next().isClosed()) {
                        known.remove();
                    }
                }
                statements = new Lru(this.maxPerConnection);
                this.connections.put(physical, statements);
            }
            return statements;
        }
    }

    /**
     * Return how many connections have cached statements.
     * @return the number of connections
     */
    int connections() {
        synchronized (this.connections) {
            return this.connections.size();
        }
    }

    /**
     * Wrap a statement that is not cached: {@link Cached#close()} closes it.
     * @param sql the SQL text
     * @param statement the statement
     * @return the wrapper
     */
    static Cached uncached(String sql, PreparedStatement statement) {
        return new Cached(null, sql, statement);
    }

    /**
     * A statement out of the cache: {@link #close()} hands it back when
     * {@link #succeeded()} was called, else closes it.
     */
    static final class Cached implements AutoCloseable {

        private final @Nullable Map<String, PreparedStatement> statements;

        private final String sql;

        private final PreparedStatement statement;

        private boolean succeeded;

        Cached(@Nullable Map<String, PreparedStatement> statements, String sql, PreparedStatement statement) {
            this.statements = statements;
            this.sql = sql;
            this.statement = statement;
        }

        PreparedStatement statement() {
            return this.statement;
        }

        void succeeded() {
            this.succeeded = true;
        }

        @Override
        public void close() throws SQLException {
            if (this.statements == null || !this.succeeded) {
                this.statement.close();
                return;
            }
            PreparedStatement previous;
            synchronized (this.statements) {
                previous = this.statements.put(this.sql, this.statement);
            }
            if (previous != null && previous != this.statement) {
                previous.close();
            }
        }

    }

    /**
     * The statements of one connection, least recently used first, closing the eldest.
     */
    @SuppressWarnings("serial")
    private static final class Lru extends LinkedHashMap<String, PreparedStatement> {

        private final int max;

        Lru(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }

        @Override
        protected boolean removeEldestEntry(Map.@Nullable Entry<String, PreparedStatement> eldest) {
            if (eldest == null || size() <= this.max) {
                return false;
            }
            try {
                eldest.getValue().close();
            }
            catch (SQLException ex) {
                // The statement is dropped either way; closing its connection frees it.
            }
            return true;
        }

    }

}
