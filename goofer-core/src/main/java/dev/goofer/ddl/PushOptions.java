package dev.goofer.ddl;

import java.util.Set;

/**
 * Options of {@link SchemaManager#push}.
 *
 * @param acceptDataLoss whether to apply changes that lose data (dropping non-empty
 * tables or columns, lossy casts), as {@code prisma db push --accept-data-loss} does
 * @param ignoredTables tables that are never created, changed or dropped, such as
 * migration history tables
 */
public record PushOptions(boolean acceptDataLoss, Set<String> ignoredTables) {

    /** The migration history tables of Flyway and Prisma Migrate. */
    public static final Set<String> HISTORY_TABLES = Set.of("flyway_schema_history", "_prisma_migrations");

    public PushOptions {
        ignoredTables = Set.copyOf(ignoredTables);
    }

    /**
     * Return the defaults: refuse data loss, ignore the migration history tables.
     * @return the default options
     */
    public static PushOptions defaults() {
        return new PushOptions(false, HISTORY_TABLES);
    }

    /**
     * Return a copy with another data-loss setting.
     * @param acceptDataLoss whether to apply changes that lose data
     * @return the options
     */
    public PushOptions withAcceptDataLoss(boolean acceptDataLoss) {
        return new PushOptions(acceptDataLoss, this.ignoredTables);
    }

}
