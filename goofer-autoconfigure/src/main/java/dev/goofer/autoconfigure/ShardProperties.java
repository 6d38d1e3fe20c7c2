package dev.goofer.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * One shard of goofer.shards.<name>: the connection to its primary database, its
 * connection pool and its read replicas.
 */
public class ShardProperties {

    /**
     * JDBC URL of the shard's primary database.
     */
    private @Nullable String url;

    /**
     * Login user of the database.
     */
    private @Nullable String username;

    /**
     * Login password of the database.
     */
    private @Nullable String password;

    /**
     * Fully qualified name of the JDBC driver. Auto-detected from the URL by default.
     */
    private @Nullable String driverClassName;

    /**
     * Connection pool of the primary database (HikariCP, named after the shard).
     */
    @NestedConfigurationProperty
    private Pool pool = new Pool();

    /**
     * Read replicas of the shard: they serve reads outside transactions and read-only
     * transactions.
     */
    private List<Replica> replicas = new ArrayList<>();

    public @Nullable String getUrl() {
        return this.url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUsername() {
        return this.username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getPassword() {
        return this.password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getDriverClassName() {
        return this.driverClassName;
    }

    public void setDriverClassName(@Nullable String driverClassName) {
        this.driverClassName = driverClassName;
    }

    public Pool getPool() {
        return this.pool;
    }

    public void setPool(Pool pool) {
        this.pool = pool;
    }

    public List<Replica> getReplicas() {
        return this.replicas;
    }

    public void setReplicas(List<Replica> replicas) {
        this.replicas = replicas;
    }

    /**
     * A read replica of a shard.
     */
    public static class Replica {

        /**
         * JDBC URL of the replica.
         */
        private @Nullable String url;

        /**
         * Login user of the replica; the shard's when not set.
         */
        private @Nullable String username;

        /**
         * Login password of the replica; the shard's when not set.
         */
        private @Nullable String password;

        /**
         * Connection pool of the replica; the shard's settings when not set.
         */
        private @Nullable Pool pool;

        public @Nullable String getUrl() {
            return this.url;
        }

        public void setUrl(@Nullable String url) {
            this.url = url;
        }

        public @Nullable String getUsername() {
            return this.username;
        }

        public void setUsername(@Nullable String username) {
            this.username = username;
        }

        public @Nullable String getPassword() {
            return this.password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        public @Nullable Pool getPool() {
            return this.pool;
        }

        public void setPool(@Nullable Pool pool) {
            this.pool = pool;
        }

    }

    /**
     * HikariCP settings of a shard's pool; HikariCP's defaults apply to those not set.
     */
    public static class Pool {

        /**
         * Maximum number of connections, idle and in use.
         */
        private @Nullable Integer maximumPoolSize;

        /**
         * Minimum number of idle connections kept.
         */
        private @Nullable Integer minimumIdle;

        /**
         * How long to wait for a connection from the pool before failing.
         */
        private @Nullable Duration connectionTimeout;

        /**
         * How long a connection may sit idle before it is closed.
         */
        private @Nullable Duration idleTimeout;

        /**
         * Maximum lifetime of a connection in the pool.
         */
        private @Nullable Duration maxLifetime;

        /**
         * How long a connection may take to be tested alive.
         */
        private @Nullable Duration validationTimeout;

        /**
         * Extra JDBC driver properties, such as a statement timeout.
         */
        private Map<String, String> dataSourceProperties = new LinkedHashMap<>();

        public @Nullable Integer getMaximumPoolSize() {
            return this.maximumPoolSize;
        }

        public void setMaximumPoolSize(@Nullable Integer maximumPoolSize) {
            this.maximumPoolSize = maximumPoolSize;
        }

        public @Nullable Integer getMinimumIdle() {
            return this.minimumIdle;
        }

        public void setMinimumIdle(@Nullable Integer minimumIdle) {
            this.minimumIdle = minimumIdle;
        }

        public @Nullable Duration getConnectionTimeout() {
            return this.connectionTimeout;
        }

        public void setConnectionTimeout(@Nullable Duration connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
        }

        public @Nullable Duration getIdleTimeout() {
            return this.idleTimeout;
        }

        public void setIdleTimeout(@Nullable Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public @Nullable Duration getMaxLifetime() {
            return this.maxLifetime;
        }

        public void setMaxLifetime(@Nullable Duration maxLifetime) {
            this.maxLifetime = maxLifetime;
        }

        public @Nullable Duration getValidationTimeout() {
            return this.validationTimeout;
        }

        public void setValidationTimeout(@Nullable Duration validationTimeout) {
            this.validationTimeout = validationTimeout;
        }

        public Map<String, String> getDataSourceProperties() {
            return this.dataSourceProperties;
        }

        public void setDataSourceProperties(Map<String, String> dataSourceProperties) {
            this.dataSourceProperties = dataSourceProperties;
        }

    }

}
