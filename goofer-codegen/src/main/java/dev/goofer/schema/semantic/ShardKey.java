package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * The shard key of a model: {@code @shardKey} on one field or {@code @@shardKey([...])}
 * ({@code shardKeys} preview feature).
 *
 * @param fields the key fields
 * @param definedOnField whether the key is a {@code @shardKey} field attribute
 * @param span the span of the attribute
 */
public record ShardKey(List<ScalarField> fields, boolean definedOnField, SourceSpan span) {

    /**
     * Create a shard key.
     * @param fields the fields
     * @param definedOnField whether it is defined on a field
     * @param span the span
     */
    public ShardKey {
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
    }

    /**
     * Return the key field names.
     * @return the names
     */
    public List<String> fieldNames() {
        return this.fields.stream().map(ScalarField::name).toList();
    }

    @Override
    public String toString() {
        return "ShardKey" + fieldNames();
    }

}
