package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * The {@code datasource} block. Goofer reads connection settings from the application, so
 * {@code url} is optional (Prisma 7 style) and, when present (Prisma 6 style), only a
 * hint.
 *
 * @param name the block name, usually {@code db}; native type attributes use it as prefix
 * @param provider the provider
 * @param providerName the provider exactly as written, for example {@code postgres}
 * @param url the {@code url} property, or {@code null}
 * @param directUrl the {@code directUrl} property, or {@code null}
 * @param shadowDatabaseUrl the {@code shadowDatabaseUrl} property, or {@code null}
 * @param relationMode the relation mode, {@link RelationMode#FOREIGN_KEYS} by default
 * @param schemas the database schemas from {@code schemas = [...]}, empty when absent
 * @param extensions the PostgreSQL extensions, empty when absent
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the block
 */
public record Datasource(String name, Provider provider, String providerName, @Nullable ConfigValue url,
        @Nullable ConfigValue directUrl, @Nullable ConfigValue shadowDatabaseUrl, RelationMode relationMode,
        List<String> schemas, List<PostgresExtension> extensions, @Nullable String documentation, SourceSpan span) {

    /**
     * Create a datasource.
     * @param name the name
     * @param provider the provider
     * @param providerName the provider as written
     * @param url the url
     * @param directUrl the direct url
     * @param shadowDatabaseUrl the shadow database url
     * @param relationMode the relation mode
     * @param schemas the schemas
     * @param extensions the extensions
     * @param documentation the documentation
     * @param span the span
     */
    public Datasource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(relationMode, "relationMode");
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(span, "span");
    }

}
