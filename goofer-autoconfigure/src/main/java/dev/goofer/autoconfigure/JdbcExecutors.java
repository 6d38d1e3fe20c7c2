package dev.goofer.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.StatementListener;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.MySqlDialect;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.sql.SqliteDialect;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the JDBC executors of the application's DataSource and of each shard.
 */
final class JdbcExecutors {

    private final SchemaMeta schema;

    private final GooferProperties.@Nullable DialectName dialect;

    private final @Nullable StatementListener listener;

    private final @Nullable Integer statementCacheSize;

    JdbcExecutors(SchemaMeta schema, GooferProperties properties,
            ObjectProvider<ExecutorInstrumentation> instrumentation, ObjectProvider<StatementListener> listeners) {
        this.schema = schema;
        this.dialect = properties.getDialect();
        this.statementCacheSize = properties.getStatementCacheSize();
        List<StatementListener> all = new ArrayList<>();
        instrumentation.ifAvailable((each) -> all.add(each.statementListener()));
        listeners.orderedStream().forEach(all::add);
        this.listener = composite(all);
    }

    /**
     * Build an executor over a data source; detecting the dialect connects to it.
     * @throws org.springframework.dao.DataAccessResourceFailureException if the dialect
     * must be detected and the database cannot be reached
     */
    JdbcQueryExecutor create(DataSource dataSource) {
        JdbcQueryExecutor.Builder builder = JdbcQueryExecutor.builder(dataSource, this.schema);
        if (this.dialect != null) {
            builder.dialect(dialect(this.dialect));
        }
        if (this.listener != null) {
            builder.statementListener(this.listener);
        }
        if (this.statementCacheSize != null) {
            builder.statementCacheSize(this.statementCacheSize);
        }
        return builder.build();
    }

    static Dialect dialect(GooferProperties.DialectName name) {
        return switch (name) {
            case POSTGRESQL -> PostgresDialect.INSTANCE;
            case MYSQL -> MySqlDialect.INSTANCE;
            case SQLITE -> SqliteDialect.INSTANCE;
        };
    }

    private static @Nullable StatementListener composite(List<StatementListener> listeners) {
        if (listeners.isEmpty()) {
            return null;
        }
        if (listeners.size() == 1) {
            return listeners.get(0);
        }
        List<StatementListener> copy = List.copyOf(listeners);
        return (event) -> copy.forEach((each) -> each.statementExecuted(event));
    }

}
