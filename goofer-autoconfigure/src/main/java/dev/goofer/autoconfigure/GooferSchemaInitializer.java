package dev.goofer.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.PushResult;
import dev.goofer.ddl.SchemaConnectionException;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.metadata.SchemaMeta;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Applies {@code goofer.schema.mode} at startup: validates each database against the
 * schema, or pushes the schema to it (never losing data). With shards, every shard's
 * primary database is handled, in configuration order. Created before the client, so the
 * client never runs on a database that does not match.
 */
public final class GooferSchemaInitializer implements InitializingBean {

    private static final Log logger = LogFactory.getLog(GooferSchemaInitializer.class);

    private final GooferProperties.SchemaMode mode;

    private final SchemaMeta schema;

    private final Map<String, DataSource> databases;

    private final boolean sharded;

    /**
     * Create the initializer.
     * @param mode what to do
     * @param schema the schema of the generated client
     * @param databases the databases by name (the shard names, or {@code dataSource})
     * @param sharded whether the databases are shards
     */
    public GooferSchemaInitializer(GooferProperties.SchemaMode mode, SchemaMeta schema,
            Map<String, DataSource> databases, boolean sharded) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.databases = new LinkedHashMap<>(databases);
        this.sharded = sharded;
    }

    /**
     * Return the mode.
     * @return the mode
     */
    public GooferProperties.SchemaMode getMode() {
        return this.mode;
    }

    @Override
    public void afterPropertiesSet() {
        if (this.mode == GooferProperties.SchemaMode.NONE) {
            return;
        }
        if (this.databases.isEmpty()) {
            logger.warn("goofer.schema.mode is " + this.mode + " but there is no database to apply it to");
        }
        this.databases.forEach(this::apply);
    }

    private void apply(String name, DataSource dataSource) {
        try {
            if (this.mode == GooferProperties.SchemaMode.VALIDATE) {
                SchemaManager.validate(dataSource, this.schema).throwIfDrifted();
                logger.info("Goofer validated the schema of " + target(name) + ": in sync");
            }
            else {
                PushResult result = SchemaManager.push(dataSource, this.schema, PushOptions.defaults());
                logger.info("Goofer pushed the schema to " + target(name) + ": "
                        + (result.changed() ? result.statements().size() + " statements" : "already in sync"));
            }
        }
        catch (SchemaConnectionException ex) {
            if (this.sharded) {
                throw new ShardUnreachableException(name, url(dataSource), ex);
            }
            throw ex;
        }
    }

    private String target(String name) {
        return this.sharded ? "shard \"" + name + "\"" : "the database";
    }

    static @Nullable String url(DataSource dataSource) {
        if (org.springframework.util.ClassUtils.isPresent("com.zaxxer.hikari.HikariConfig", null)
                && dataSource instanceof com.zaxxer.hikari.HikariConfig hikari) {
            return hikari.getJdbcUrl();
        }
        return null;
    }

}
