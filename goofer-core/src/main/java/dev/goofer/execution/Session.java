package dev.goofer.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.sql.BoundSql;
import dev.goofer.sql.Dialect;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The statements of one operation: one connection (the transaction's, when there is one),
 * parameter binding, the statement listener and error translation.
 */
final class Session implements AutoCloseable {

    private final ExecutorContext context;

    private final String operation;

    private final @Nullable ModelMeta root;

    private @Nullable Connection connection;

    Session(ExecutorContext context, String operation, @Nullable ModelMeta root) {
        this.context = context;
        this.operation = operation;
        this.root = root;
    }

    String operation() {
        return this.operation;
    }

    ExecutorContext context() {
        return this.context;
    }

    Dialect dialect() {
        return this.context.dialect();
    }

    private Connection connection() {
        if (this.connection == null) {
            this.connection = DataSourceUtils.getConnection(this.context.dataSource());
        }
        return this.connection;
    }

    <T> List<T> query(@Nullable ModelMeta model, BoundSql sql, RowReader<T> reader) {
        long start = System.nanoTime();
        try (StatementCache.Cached prepared = prepareRead(sql.sql())) {
            PreparedStatement statement = prepared.statement();
            bind(statement, sql.parameters());
            List<T> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(reader.read(resultSet));
                }
            }
            prepared.succeeded();
            succeeded(model, sql.sql(), sql.parameters().size(), 1, start);
            return rows;
        }
        catch (SQLException ex) {
            throw failed(model, sql.sql(), sql.parameters().size(), 1, start, ex);
        }
    }

    long update(@Nullable ModelMeta model, BoundSql sql) {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(sql.sql(), false)) {
            bind(statement, sql.parameters());
            long count = statement.executeUpdate();
            succeeded(model, sql.sql(), sql.parameters().size(), 1, start);
            return count;
        }
        catch (SQLException ex) {
            throw failed(model, sql.sql(), sql.parameters().size(), 1, start, ex);
        }
    }

    /**
     * Run a multi-row {@code INSERT IGNORE} of {@code rows} rows and return how many were
     * inserted: the rows less the duplicate-key warnings, which (unlike the update count
     * under MariaDB's default found-rows mode) tell which rows were skipped.
     */
    long insertIgnore(ModelMeta model, BoundSql sql, int rows) {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(sql.sql(), false)) {
            bind(statement, sql.parameters());
            statement.executeUpdate();
            long duplicates = 0;
            for (java.sql.SQLWarning warning = statement.getWarnings(); warning != null; warning = warning
                .getNextWarning()) {
                if (warning.getErrorCode() == 1062) {
                    duplicates++;
                }
            }
            succeeded(model, sql.sql(), sql.parameters().size(), 1, start);
            return rows - duplicates;
        }
        catch (SQLException ex) {
            throw failed(model, sql.sql(), sql.parameters().size(), 1, start, ex);
        }
    }

    /**
     * Insert one row and return the values of the generated key columns (empty when none
     * are asked for).
     */
    List<@Nullable Object> insert(ModelMeta model, BoundSql sql, List<ScalarFieldMeta> keys) {
        long start = System.nanoTime();
        boolean returning = !keys.isEmpty();
        try (PreparedStatement statement = prepare(sql.sql(), returning)) {
            bind(statement, sql.parameters());
            List<@Nullable Object> values = new ArrayList<>();
            if (returning && sql.sql().contains(" RETURNING ")) {
                try (ResultSet resultSet = statement.executeQuery()) {
                    if (resultSet.next()) {
                        for (int i = 0; i < keys.size(); i++) {
                            values.add(dialect().read(resultSet, i + 1, keys.get(i)));
                        }
                    }
                }
            }
            else {
                statement.executeUpdate();
                if (returning) {
                    try (ResultSet resultSet = statement.getGeneratedKeys()) {
                        if (resultSet.next()) {
                            values.add(resultSet.getObject(1));
                        }
                    }
                }
            }
            succeeded(model, sql.sql(), sql.parameters().size(), 1, start);
            return values;
        }
        catch (SQLException ex) {
            throw failed(model, sql.sql(), sql.parameters().size(), 1, start, ex);
        }
    }

    long batch(ModelMeta model, String sql, List<List<@Nullable Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(sql, false)) {
            for (List<@Nullable Object> row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            long total = 0;
            for (int count : counts) {
                total += (count == Statement.SUCCESS_NO_INFO) ? 1 : Math.max(count, 0);
            }
            succeeded(model, sql, rows.get(0).size(), rows.size(), start);
            return total;
        }
        catch (SQLException ex) {
            throw failed(model, sql, rows.get(0).size(), rows.size(), start, ex);
        }
    }

    private PreparedStatement prepare(String sql, boolean generatedKeys) throws SQLException {
        Connection connection = connection();
        PreparedStatement statement = (generatedKeys && !sql.contains(" RETURNING "))
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : connection.prepareStatement(sql);
        DataSourceUtils.applyTransactionTimeout(statement, this.context.dataSource());
        return statement;
    }

    /**
     * Prepare a read, reusing the connection's statement for the same SQL when the
     * executor keeps a {@link StatementCache}.
     */
    private StatementCache.Cached prepareRead(String sql) throws SQLException {
        StatementCache cache = this.context.statements();
        if (cache == null) {
            return StatementCache.uncached(sql, prepare(sql, false));
        }
        StatementCache.Cached cached = cache.take(connection(), sql);
        DataSourceUtils.applyTransactionTimeout(cached.statement(), this.context.dataSource());
        return cached;
    }

    private void bind(PreparedStatement statement, List<@Nullable Object> parameters) throws SQLException {
        Dialect dialect = dialect();
        for (int i = 0; i < parameters.size(); i++) {
            dialect.bind(statement, i + 1, parameters.get(i));
        }
    }

    private void succeeded(@Nullable ModelMeta model, String sql, int parameters, int batch, long start) {
        StatementListener listener = this.context.listener();
        if (listener != null) {
            listener.statementExecuted(new StatementEvent((model != null) ? model.name() : null, this.operation, sql,
                    parameters, batch, Duration.ofNanos(System.nanoTime() - start), null));
        }
    }

    private RuntimeException failed(@Nullable ModelMeta model, String sql, int parameters, int batch, long start,
            SQLException ex) {
        RuntimeException translated = this.context.errors().translate(this.root, model, this.operation, sql, ex);
        StatementListener listener = this.context.listener();
        if (listener != null) {
            listener.statementExecuted(new StatementEvent((model != null) ? model.name() : null, this.operation, sql,
                    parameters, batch, Duration.ofNanos(System.nanoTime() - start), translated));
        }
        return translated;
    }

    @Override
    public void close() {
        if (this.connection != null) {
            DataSourceUtils.releaseConnection(this.connection, this.context.dataSource());
            this.connection = null;
        }
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    interface RowReader<T> {

        T read(ResultSet resultSet) throws SQLException;

    }

}
