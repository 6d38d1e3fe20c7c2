package dev.goofer.schema.semantic;

import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL extension from the datasource's {@code extensions} list
 * ({@code postgresqlExtensions} preview feature).
 *
 * @param name the extension name, such as {@code pg_trgm}
 * @param mappedName the database name from {@code map:}, or {@code null}
 * @param schema the schema from {@code schema:}, or {@code null}
 * @param version the version from {@code version:}, or {@code null}
 * @param span where the extension is written
 */
public record PostgresExtension(String name, @Nullable String mappedName, @Nullable String schema,
        @Nullable String version, SourceSpan span) {

    /**
     * Create an extension.
     * @param name the name
     * @param mappedName the mapped name
     * @param schema the schema
     * @param version the version
     * @param span the span
     */
    public PostgresExtension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Return the name of the extension in the database.
     * @return the mapped name, or the name
     */
    public String databaseName() {
        return (this.mappedName != null) ? this.mappedName : this.name;
    }

}
