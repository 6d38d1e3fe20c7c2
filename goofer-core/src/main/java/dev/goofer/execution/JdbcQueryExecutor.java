package dev.goofer.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.MySqlDialect;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.sql.SqlRenderer;
import dev.goofer.sql.SqliteDialect;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link QueryExecutor} that runs operations on a JDBC {@link DataSource} through
 * Spring JDBC: statements use the connection of the surrounding Spring-managed
 * transaction ({@code @Transactional}, {@code TransactionTemplate}) when there is one,
 * writes with nested writes run in one transaction, and failures become Spring
 * {@code DataAccessException}s. Thread-safe.
 */
public final class JdbcQueryExecutor implements QueryExecutor {

    private final ExecutorContext context;

    private final DataSourceTransactionManager transactionManager;

    private final TransactionTemplate writeTemplate;

    private final RecordReader reader;

    private final AggregateReader aggregates;

    private final WriteOperations writes;

    private final RawRunner raw = new RawRunner();

    private JdbcQueryExecutor(DataSource dataSource, SchemaMeta schema, Dialect dialect,
            @Nullable StatementListener listener, int statementCacheSize) {
        this.context = new ExecutorContext(dataSource, schema, new SqlRenderer(schema, dialect), listener,
                new ErrorTranslator(schema, dataSource), new SqlCache(),
                (statementCacheSize > 0) ? new StatementCache(statementCacheSize) : null);
        this.transactionManager = new DataSourceTransactionManager(dataSource);
        this.writeTemplate = new TransactionTemplate(this.transactionManager);
        this.reader = new RecordReader(this.context);
        this.aggregates = new AggregateReader(this.context);
        this.writes = new WriteOperations(this.context, this.reader);
    }

    /**
     * Create an executor, detecting the dialect from the database.
     * @param dataSource the data source
     * @param schema the schema of the generated client
     * @return the executor
     * @throws UnsupportedOperationException for databases without a dialect, such as SQL
     * Server
     */
    public static JdbcQueryExecutor create(DataSource dataSource, SchemaMeta schema) {
        return builder(dataSource, schema).build();
    }

    /**
     * Start building an executor.
     * @param dataSource the data source
     * @param schema the schema of the generated client
     * @return the builder
     */
    public static Builder builder(DataSource dataSource, SchemaMeta schema) {
        return new Builder(dataSource, schema);
    }

    /**
     * Return the dialect this executor renders SQL for.
     * @return the dialect
     */
    public Dialect dialect() {
        return this.context.dialect();
    }

    /**
     * Return how many prepared read statements this executor keeps per connection.
     * @return the statement cache size, 0 when statements are not reused
     */
    public int statementCacheSize() {
        StatementCache statements = this.context.statements();
        return (statements != null) ? statements.maxPerConnection() : 0;
    }

    /**
     * Return the data source.
     * @return the data source
     */
    public DataSource dataSource() {
        return this.context.dataSource();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R execute(Operation<R> operation, QueryOptions options) {
        Objects.requireNonNull(operation, "operation");
        try {
            if (operation.readOnly()) {
                try (Session session = new Session(this.context, operation.name(), operation.model())) {
                    return (R) read(session, operation);
                }
            }
            return this.writeTemplate.execute((status) -> {
                try (Session session = new Session(this.context, operation.name(), operation.model())) {
                    return (R) this.writes.write(session, operation);
                }
            });
        }
        catch (CannotGetJdbcConnectionException | CannotCreateTransactionException | TransactionSystemException ex) {
            throw this.context.errors().translate(operation.model(), operation.name(), ex);
        }
    }

    private Object read(Session session, Operation<?> operation) {
        if (operation instanceof Operation.FindMany find) {
            List<Row> rows = this.reader.read(session, find.model(), find.args(), find.projection());
            return rows;
        }
        if (operation instanceof Operation.Count count) {
            return this.aggregates.count(session, count);
        }
        if (operation instanceof Operation.Aggregate aggregate) {
            Map<String, @Nullable Object> values = this.aggregates.aggregate(session, aggregate.model(),
                    aggregate.args(), aggregate.aggregations());
            return values;
        }
        if (operation instanceof Operation.GroupBy groupBy) {
            return this.aggregates.groupBy(session, groupBy);
        }
        if (operation instanceof Operation.RawQuery rawQuery) {
            return this.raw.query(session, rawQuery);
        }
        throw new IllegalStateException("Unhandled read operation " + operation.name());
    }

    @Override
    public <T> T transaction(TransactionOptions options, Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(this.transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        template.setIsolationLevel(isolation(options.isolation()));
        if (options.timeout() != null) {
            long millis = options.timeout().toMillis();
            template.setTimeout((int) Math.max(1, (millis + 999) / 1000));
        }
        template.setReadOnly(options.readOnly());
        try {
            return template.execute((status) -> work.get());
        }
        catch (CannotCreateTransactionException | TransactionSystemException ex) {
            throw this.context.errors().translate(null, "transaction", ex);
        }
    }

    private static int isolation(TransactionOptions.Isolation isolation) {
        return switch (isolation) {
            case DEFAULT -> TransactionDefinition.ISOLATION_DEFAULT;
            case READ_UNCOMMITTED -> TransactionDefinition.ISOLATION_READ_UNCOMMITTED;
            case READ_COMMITTED -> TransactionDefinition.ISOLATION_READ_COMMITTED;
            case REPEATABLE_READ -> TransactionDefinition.ISOLATION_REPEATABLE_READ;
            case SERIALIZABLE -> TransactionDefinition.ISOLATION_SERIALIZABLE;
        };
    }

    static Dialect detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return dialect(product);
        }
        catch (SQLException ex) {
            throw new DataAccessResourceFailureException("Could not detect the database of the data source", ex);
        }
    }

    static Dialect dialect(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres") || name.contains("cockroach")) {
            return PostgresDialect.INSTANCE;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MySqlDialect.INSTANCE;
        }
        if (name.contains("sqlite")) {
            return SqliteDialect.INSTANCE;
        }
        if (name.contains("sql server")) {
            throw new UnsupportedOperationException("SQL Server is not supported at run time yet: Goofer can generate "
                    + "a client and DDL for it, but has no SQL Server dialect to run queries");
        }
        throw new UnsupportedOperationException("Unsupported database \"" + product + "\"");
    }

    /**
     * Builds a {@link JdbcQueryExecutor}.
     */
    public static final class Builder {

        /** The default {@link #statementCacheSize(int)} on SQLite. */
        public static final int SQLITE_STATEMENT_CACHE_SIZE = 64;

        private final DataSource dataSource;

        private final SchemaMeta schema;

        private @Nullable Dialect dialect;

        private @Nullable StatementListener listener;

        private @Nullable Integer statementCacheSize;

        private Builder(DataSource dataSource, SchemaMeta schema) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        /**
         * Use the given dialect instead of detecting it from the database.
         * @param dialect the dialect
         * @return this builder
         */
        public Builder dialect(Dialect dialect) {
            requireState(this.dialect == null, "dialect was already set to %s", this.dialect);
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Call the given listener after every SQL statement.
         * @param listener the listener
         * @return this builder
         */
        public Builder statementListener(StatementListener listener) {
            requireState(this.listener == null, "statementListener was already set to %s", this.listener);
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Keep up to this many prepared read statements open per connection and reuse
         * them. By default {@value #SQLITE_STATEMENT_CACHE_SIZE} on SQLite, whose driver
         * compiles every statement it prepares, and 0 (off) elsewhere: the PostgreSQL and
         * MariaDB drivers keep prepared statements themselves.
         * @param size the number of statements per connection, 0 to turn the cache off
         * @return this builder
         */
        public Builder statementCacheSize(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("statementCacheSize must not be negative, got " + size);
            }
            this.statementCacheSize = size;
            return this;
        }

        /**
         * Build the executor.
         * @return the executor
         */
        public JdbcQueryExecutor build() {
            Dialect resolved = (this.dialect != null) ? this.dialect : detect(this.dataSource);
            int cacheSize = (this.statementCacheSize != null) ? this.statementCacheSize
                    : (resolved instanceof SqliteDialect) ? SQLITE_STATEMENT_CACHE_SIZE : 0;
            return new JdbcQueryExecutor(this.dataSource, this.schema, resolved, this.listener, cacheSize);
        }

        private static void requireState(boolean condition, String message, @Nullable Object value) {
            if (!condition) {
                throw new IllegalStateException(String.format(message, value));
            }
        }

    }

}
