package dev.goofer.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration properties of Goofer (goofer.*): the database dialect, what happens to
 * the database schema at startup, the query cache, the slow-query profiler and the shard
 * router.
 */
@ConfigurationProperties("goofer")
public class GooferProperties {

    /**
     * SQL dialect of the database. Detected from the database when not set; setting it
     * lets the application start while a shard is down.
     */
    private @Nullable DialectName dialect;

    /**
     * Fully qualified class name of the generated client to wire when several are on the
     * class path.
     */
    private @Nullable String client;

    /**
     * Prepared read statements kept open and reused per connection. Defaults to 64 on
     * SQLite, whose driver compiles every statement it prepares, and to 0 (off) on
     * PostgreSQL and MySQL/MariaDB, whose drivers keep prepared statements themselves.
     */
    private @Nullable Integer statementCacheSize;

    private final Schema schema = new Schema();

    private final Cache cache = new Cache();

    private final Profiler profiler = new Profiler();

    /**
     * Shards of the shard router, by name, in the order hash sharding indexes them. When
     * set, the client runs on the router over these databases instead of on the
     * application's DataSource.
     */
    private Map<String, ShardProperties> shards = new LinkedHashMap<>();

    @NestedConfigurationProperty
    private final RoutingProperties routing = new RoutingProperties();

    public @Nullable DialectName getDialect() {
        return this.dialect;
    }

    public void setDialect(@Nullable DialectName dialect) {
        this.dialect = dialect;
    }

    public @Nullable String getClient() {
        return this.client;
    }

    public void setClient(@Nullable String client) {
        this.client = client;
    }

    public @Nullable Integer getStatementCacheSize() {
        return this.statementCacheSize;
    }

    public void setStatementCacheSize(@Nullable Integer statementCacheSize) {
        this.statementCacheSize = statementCacheSize;
    }

    public Schema getSchema() {
        return this.schema;
    }

    public Cache getCache() {
        return this.cache;
    }

    public Profiler getProfiler() {
        return this.profiler;
    }

    public Map<String, ShardProperties> getShards() {
        return this.shards;
    }

    public void setShards(Map<String, ShardProperties> shards) {
        this.shards = shards;
    }

    public RoutingProperties getRouting() {
        return this.routing;
    }

    /**
     * The SQL dialects Goofer runs queries in.
     */
    public enum DialectName {

        /** PostgreSQL (and CockroachDB). */
        POSTGRESQL,

        /** MySQL and MariaDB. */
        MYSQL,

        /** SQLite. */
        SQLITE

    }

    /**
     * What Goofer does to the database schema at startup.
     */
    public enum SchemaMode {

        /** Leave the database alone (use migrations). */
        NONE,

        /** Compare the database with the schema and fail startup on any difference. */
        VALIDATE,

        /**
         * Make the database match the schema, as prisma db push does, refusing any change
         * that would lose data. Meant for development, tests and SQLite.
         */
        PUSH

    }

    /**
     * Schema settings.
     */
    public static class Schema {

        /**
         * What to do to the database schema at startup: none, validate, or push (never
         * losing data). With shards, applies to every shard.
         */
        private SchemaMode mode = SchemaMode.NONE;

        public SchemaMode getMode() {
            return this.mode;
        }

        public void setMode(SchemaMode mode) {
            this.mode = mode;
        }

    }

    /**
     * Query cache settings.
     */
    public static class Cache {

        /**
         * Whether the query cache is enabled. Reads are cached only when they call
         * .cache() or their model is listed in goofer.cache.models.
         */
        private boolean enabled = true;

        /**
         * Time to live of cached results when neither the query nor its model names one.
         */
        private Duration defaultTtl = Duration.ofMinutes(5);

        /**
         * Maximum number of cached results.
         */
        private long maximumSize = 10_000;

        /**
         * Models whose reads are always cached, as if each read called .cache().
         */
        private List<String> models = new ArrayList<>();

        /**
         * Time to live of cached reads per model, overriding the default.
         */
        private Map<String, Duration> ttl = new LinkedHashMap<>();

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getDefaultTtl() {
            return this.defaultTtl;
        }

        public void setDefaultTtl(Duration defaultTtl) {
            this.defaultTtl = defaultTtl;
        }

        public long getMaximumSize() {
            return this.maximumSize;
        }

        public void setMaximumSize(long maximumSize) {
            this.maximumSize = maximumSize;
        }

        public List<String> getModels() {
            return this.models;
        }

        public void setModels(List<String> models) {
            this.models = models;
        }

        public Map<String, Duration> getTtl() {
            return this.ttl;
        }

        public void setTtl(Map<String, Duration> ttl) {
            this.ttl = ttl;
        }

    }

    /**
     * Slow-query profiler settings.
     */
    public static class Profiler {

        /**
         * Whether every query is timed (metric goofer.query) and slow queries are
         * counted, logged and kept for the actuator endpoint.
         */
        private boolean enabled = true;

        /**
         * How long a query may take before it counts as slow.
         */
        private Duration slowQueryThreshold = Duration.ofMillis(500);

        /**
         * How many slow queries are kept for the actuator endpoint.
         */
        private int slowQueryCapacity = 100;

        /**
         * How many distinct query shapes the slow-query statistics count.
         */
        private int maxShapes = 500;

        /**
         * Whether the SQL text of slow queries is kept and logged (never in metric tags).
         */
        private boolean recordSql = true;

        /**
         * Whether the bound values of slow queries are kept and logged. They may hold
         * personal data.
         */
        private boolean logParameters;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getSlowQueryThreshold() {
            return this.slowQueryThreshold;
        }

        public void setSlowQueryThreshold(Duration slowQueryThreshold) {
            this.slowQueryThreshold = slowQueryThreshold;
        }

        public int getSlowQueryCapacity() {
            return this.slowQueryCapacity;
        }

        public void setSlowQueryCapacity(int slowQueryCapacity) {
            this.slowQueryCapacity = slowQueryCapacity;
        }

        public int getMaxShapes() {
            return this.maxShapes;
        }

        public void setMaxShapes(int maxShapes) {
            this.maxShapes = maxShapes;
        }

        public boolean isRecordSql() {
            return this.recordSql;
        }

        public void setRecordSql(boolean recordSql) {
            this.recordSql = recordSql;
        }

        public boolean isLogParameters() {
            return this.logParameters;
        }

        public void setLogParameters(boolean logParameters) {
            this.logParameters = logParameters;
        }

    }

}
