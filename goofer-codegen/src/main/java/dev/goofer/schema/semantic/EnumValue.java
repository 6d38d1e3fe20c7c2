package dev.goofer.schema.semantic;

import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * One value of an enum.
 *
 * @param name the value name in the schema
 * @param mappedName the value stored in the database from {@code @map}, or {@code null}
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the value line
 */
public record EnumValue(String name, @Nullable String mappedName, @Nullable String documentation, SourceSpan span) {

    /**
     * Create an enum value.
     * @param name the name
     * @param mappedName the mapped name
     * @param documentation the documentation
     * @param span the span
     */
    public EnumValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Return the value stored in the database.
     * @return the mapped name, or the name
     */
    public String databaseName() {
        return (this.mappedName != null) ? this.mappedName : this.name;
    }

}
