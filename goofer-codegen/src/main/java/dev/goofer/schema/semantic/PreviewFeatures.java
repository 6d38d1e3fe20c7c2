package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The generator preview features Prisma 6 and 7 know. Goofer is lenient where Prisma is
 * strict: unknown and removed features are warnings, never errors.
 */
final class PreviewFeatures {

    static final Set<String> ACTIVE = Set.of("metrics", "nativeDistinct", "partialIndexes", "postgresqlExtensions",
            "relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks", "views");

    static final Set<String> POSTGRES_ONLY = Set.of("fullTextSearchPostgres");

    static final Set<String> DEPRECATED = Set.of("aggregateApi", "atomicNumberOperations", "clientExtensions",
            "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct", "driverAdapters", "esm",
            "extendedIndexes", "extendedWhereUnique", "fieldReference", "filteredRelationCount", "filterJson",
            "fullTextIndex", "fullTextSearch", "groupBy", "improvedQueryRaw", "interactiveTransactions", "jsonProtocol",
            "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema", "namedConstraints", "nApi", "nativeTypes",
            "omitApi", "orderByAggregateGroup", "orderByNulls", "orderByRelation", "prismaSchemaFolder", "reactNative",
            "referentialActions", "referentialIntegrity", "selectRelationCount", "tracing", "transactionApi",
            "typedSql", "uncheckedScalarInputs");

    private PreviewFeatures() {
    }

    /**
     * Check the features of one generator and add the enabled ones to the context.
     */
    static void validate(List<String> features, SourceSpan span, ValidationContext context) {
        Provider provider = (context.datasource != null) ? context.datasource.provider() : null;
        for (String feature : features) {
            String known = find(ACTIVE, feature);
            if (known != null) {
                if ("metrics".equals(known)) {
                    context.add(SchemaErrors.previewFeatureRemoved(feature, span));
                }
                context.previewFeatures.add(known);
                continue;
            }
            known = find(POSTGRES_ONLY, feature);
            if (known != null) {
                if (provider == Provider.POSTGRESQL) {
                    context.previewFeatures.add(known);
                }
                else {
                    context.add(SchemaErrors.previewFeatureNotForProvider(feature,
                            (provider != null) ? provider.prismaName() : "none", span));
                }
                continue;
            }
            known = find(DEPRECATED, feature);
            if (known == null) {
                context.add(SchemaErrors.unknownPreviewFeature(feature, knownList(), span));
            }
            else if ("fullTextSearch".equals(known) && provider == Provider.POSTGRESQL) {
                context.add(SchemaErrors.previewFeatureRenamed(feature, "fullTextSearchPostgres", span));
                context.previewFeatures.add("fullTextSearchPostgres");
            }
            else {
                context.add(SchemaErrors.previewFeatureDeprecated(feature, span));
                context.previewFeatures.add(known);
            }
        }
    }

    private static @Nullable String find(Set<String> features, String feature) {
        String lower = feature.toLowerCase(Locale.ROOT);
        return features.stream()
            .filter((known) -> known.toLowerCase(Locale.ROOT).equals(lower))
            .findFirst()
            .orElse(null);
    }

    private static String knownList() {
        Set<String> all = new TreeSet<>(ACTIVE);
        all.addAll(POSTGRES_ONLY);
        return all.stream().collect(Collectors.joining(", "));
    }

}
