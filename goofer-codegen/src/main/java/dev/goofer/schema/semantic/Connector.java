package dev.goofer.schema.semantic;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static dev.goofer.schema.semantic.Capability.*;
import static dev.goofer.schema.semantic.ReferentialAction.CASCADE;
import static dev.goofer.schema.semantic.ReferentialAction.NO_ACTION;
import static dev.goofer.schema.semantic.ReferentialAction.RESTRICT;
import static dev.goofer.schema.semantic.ReferentialAction.SET_DEFAULT;
import static dev.goofer.schema.semantic.ReferentialAction.SET_NULL;

/**
 * What the validator knows about one provider: capabilities, identifier length,
 * referential actions, index algorithms and native types (psl's datamodel connectors).
 */
record Connector(@Nullable Provider provider, String displayName, Set<Capability> capabilities, int maxIdentifierLength,
        Set<ReferentialAction> foreignKeyActions, Set<ReferentialAction> emulatedActions,
        Set<IndexAlgorithm> indexAlgorithms, Map<String, NativeTypeSpec> nativeTypes) {

    static final Connector NONE = new Connector(null, "Default",
            EnumSet.of(AUTO_INCREMENT, COMPOUND_IDS, ENUMS, JSON, IMPLICIT_MANY_TO_MANY_RELATION, SCALAR_LISTS),
            Integer.MAX_VALUE, EnumSet.allOf(ReferentialAction.class),
            EnumSet.of(RESTRICT, SET_NULL, CASCADE, NO_ACTION), EnumSet.of(IndexAlgorithm.BTREE), Map.of());

    static Connector of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> POSTGRES;
            case COCKROACHDB -> COCKROACH;
            case MYSQL -> MYSQL_CONNECTOR;
            case SQLITE -> SQLITE_CONNECTOR;
            case SQLSERVER -> SQLSERVER_CONNECTOR;
        };
    }

    boolean has(Capability capability) {
        return this.capabilities.contains(capability);
    }

    boolean is(Provider candidate) {
        return this.provider == candidate;
    }

    /**
     * The name used for the provider in messages: the provider name as written in a
     * schema.
     */
    String providerName() {
        return (this.provider != null) ? this.provider.prismaName() : "default";
    }

    Set<ReferentialAction> allowedActions(RelationMode mode) {
        return (mode == RelationMode.PRISMA) ? this.emulatedActions : this.foreignKeyActions;
    }

    /**
     * Whether a SetNull action on a required field is only a warning (foreign keys on
     * PostgreSQL) rather than an error.
     */
    boolean allowsSetNullOnRequiredFields(RelationMode mode) {
        return this.provider == Provider.POSTGRESQL && mode == RelationMode.FOREIGN_KEYS;
    }

    // Prisma allows shard keys on MySQL only (Vitess); Goofer's own shard router routes
    // by
    // them on every database it runs, so PostgreSQL and SQLite accept them too.
    private static final Set<Capability> SQL_COMMON = EnumSet.of(AUTO_INCREMENT, COMPOUND_IDS,
            IMPLICIT_MANY_TO_MANY_RELATION, DECIMAL_TYPE, RELATION_FIELDS_IN_ARBITRARY_ORDER);

    private static final Connector POSTGRES = new Connector(Provider.POSTGRESQL, "Postgres",
            with(SQL_COMMON, ENUMS, JSON, JSON_LISTS, SCALAR_LISTS, AUTO_INCREMENT_ALLOWED_ON_NON_ID,
                    AUTO_INCREMENT_MULTIPLE_ALLOWED, AUTO_INCREMENT_NON_INDEXED_ALLOWED, MULTI_SCHEMA,
                    NAMED_FOREIGN_KEYS, NAMED_PRIMARY_KEYS, SHARD_KEYS),
            63, EnumSet.of(NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT),
            EnumSet.of(RESTRICT, SET_NULL, CASCADE), EnumSet.allOf(IndexAlgorithm.class), NativeTypeTables.postgres());

    private static final Connector COCKROACH = new Connector(Provider.COCKROACHDB, "CockroachDB",
            with(SQL_COMMON, ENUMS, JSON, SCALAR_LISTS, AUTO_INCREMENT_ALLOWED_ON_NON_ID,
                    AUTO_INCREMENT_MULTIPLE_ALLOWED, AUTO_INCREMENT_NON_INDEXED_ALLOWED, MULTI_SCHEMA,
                    NAMED_FOREIGN_KEYS, NAMED_PRIMARY_KEYS),
            63, EnumSet.of(NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT),
            EnumSet.of(RESTRICT, SET_NULL, CASCADE, NO_ACTION), EnumSet.of(IndexAlgorithm.BTREE, IndexAlgorithm.GIN),
            NativeTypeTables.cockroach());

    private static final Connector MYSQL_CONNECTOR = new Connector(Provider.MYSQL, "MySQL",
            with(SQL_COMMON, ENUMS, JSON, AUTO_INCREMENT_ALLOWED_ON_NON_ID, NAMED_FOREIGN_KEYS,
                    INDEX_COLUMN_LENGTH_PREFIXING, FULL_TEXT_INDEX, MULTIPLE_FULL_TEXT_ATTRIBUTES_PER_MODEL,
                    SHARD_KEYS),
            64, EnumSet.of(RESTRICT, CASCADE, SET_NULL, NO_ACTION, SET_DEFAULT),
            EnumSet.of(RESTRICT, SET_NULL, CASCADE, NO_ACTION), EnumSet.of(IndexAlgorithm.BTREE, IndexAlgorithm.HASH),
            NativeTypeTables.mysql());

    private static final Connector SQLITE_CONNECTOR = new Connector(Provider.SQLITE, "sqlite",
            with(SQL_COMMON, ENUMS, JSON, SHARD_KEYS), 10000,
            EnumSet.of(SET_NULL, SET_DEFAULT, CASCADE, RESTRICT, NO_ACTION), EnumSet.of(RESTRICT, SET_NULL, CASCADE),
            EnumSet.of(IndexAlgorithm.BTREE), NativeTypeTables.sqlite());

    private static final Connector SQLSERVER_CONNECTOR = new Connector(Provider.SQLSERVER, "SQL Server",
            with(SQL_COMMON, AUTO_INCREMENT_ALLOWED_ON_NON_ID, AUTO_INCREMENT_MULTIPLE_ALLOWED,
                    AUTO_INCREMENT_NON_INDEXED_ALLOWED, MULTI_SCHEMA, NAMED_DEFAULT_VALUES, NAMED_FOREIGN_KEYS,
                    NAMED_PRIMARY_KEYS, REFERENCE_CYCLE_DETECTION, PRIMARY_KEY_SORT_ORDER_DEFINITION,
                    CLUSTERING_SETTING),
            128, EnumSet.of(NO_ACTION, CASCADE, SET_NULL, SET_DEFAULT), EnumSet.of(SET_NULL, CASCADE, NO_ACTION),
            EnumSet.of(IndexAlgorithm.BTREE), NativeTypeTables.sqlServer());

    private static Set<Capability> with(Set<Capability> base, Capability... more) {
        EnumSet<Capability> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }

    static Map<String, NativeTypeSpec> index(NativeTypeSpec... specs) {
        Map<String, NativeTypeSpec> map = new LinkedHashMap<>();
        for (NativeTypeSpec spec : specs) {
            map.put(spec.name(), spec);
        }
        return Map.copyOf(map);
    }

}
