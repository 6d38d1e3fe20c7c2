package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.QueryExecutor;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.sql.Dialect;

/**
 * One shard: a database with the full schema, the executor that runs operations on it,
 * and optional read replicas. The data source is what the router starts transactions on
 * and probes for health, so it must be the one the executor runs its statements on.
 *
 * @param name the shard name, used in routing, errors, metrics and {@code on(...)}
 * @param executor the executor of the primary database (usually a
 * {@link JdbcQueryExecutor}, possibly decorated)
 * @param dataSource the data source of the primary database
 * @param dialect the SQL dialect, the same for every shard
 * @param replicas the read replicas, possibly none
 */
public record Shard(String name, QueryExecutor executor, DataSource dataSource, Dialect dialect,
        List<Replica> replicas) {

    public Shard {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A shard name must not be blank");
        }
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dialect, "dialect");
        replicas = List.copyOf(replicas);
    }

    /**
     * Create a shard over a JDBC executor, taking its data source and dialect.
     * @param name the shard name
     * @param executor the executor
     * @return the shard
     */
    public static Shard of(String name, JdbcQueryExecutor executor) {
        return new Shard(name, executor, executor.dataSource(), executor.dialect(), List.of());
    }

    /**
     * Create a shard over a data source, with a JDBC executor that detects the dialect
     * (which needs the database to be reachable).
     * @param name the shard name
     * @param dataSource the data source
     * @param schema the schema of the generated client
     * @return the shard
     */
    public static Shard of(String name, DataSource dataSource, SchemaMeta schema) {
        return of(name, JdbcQueryExecutor.create(dataSource, schema));
    }

    /**
     * Return a copy with one more read replica.
     * @param executor the replica's JDBC executor
     * @return the copy
     */
    public Shard withReplica(JdbcQueryExecutor executor) {
        return withReplica(new Replica(executor, executor.dataSource()));
    }

    /**
     * Return a copy with one more read replica.
     * @param replica the replica
     * @return the copy
     */
    public Shard withReplica(Replica replica) {
        List<Replica> all = new ArrayList<>(this.replicas);
        all.add(Objects.requireNonNull(replica, "replica"));
        return new Shard(this.name, this.executor, this.dataSource, this.dialect, all);
    }

    /**
     * A read replica of a shard: serves reads outside transactions and read-only
     * transactions.
     *
     * @param executor the executor of the replica
     * @param dataSource the data source of the replica
     */
    public record Replica(QueryExecutor executor, DataSource dataSource) {

        public Replica {
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(dataSource, "dataSource");
        }

    }

}
