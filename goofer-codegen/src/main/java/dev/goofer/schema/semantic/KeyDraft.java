package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.ast.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * A primary key, index or unique constraint while the attributes pass reads it; it
 * becomes a {@link PrimaryKey} or {@link Index} once the model's database names are
 * known.
 */
final class KeyDraft {

    final @Nullable IndexType type;

    final List<IndexField> fields;

    final Attribute attribute;

    final boolean definedOnField;

    @Nullable String name;

    @Nullable String mappedName;

    @Nullable IndexAlgorithm algorithm;

    @Nullable Boolean clustered;

    @Nullable IndexPredicate where;

    /**
     * Create a draft; a {@code null} type stands for the primary key.
     */
    KeyDraft(@Nullable IndexType type, List<IndexField> fields, Attribute attribute, boolean definedOnField) {
        this.type = type;
        this.fields = List.copyOf(fields);
        this.attribute = attribute;
        this.definedOnField = definedOnField;
    }

    boolean isPrimaryKey() {
        return this.type == null;
    }

    boolean isUnique() {
        return this.type == IndexType.UNIQUE;
    }

    String attributeName() {
        return this.attribute.displayName();
    }

    List<ScalarField> scalarFields() {
        return this.fields.stream().map(IndexField::field).toList();
    }

}
