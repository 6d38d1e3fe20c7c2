package dev.goofer.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.FieldValue;
import dev.goofer.query.NestedWrite;
import org.jspecify.annotations.Nullable;

/**
 * Collects the data of a create for generated {@code *Create.Builder} classes, and checks
 * on {@link #build()} that every required field the caller must supply is set. Required
 * foreign-key fields are checked when the create runs, because a nested write or the
 * parent of a nested create may supply them instead.
 */
public final class CreateBuilder {

    private final ModelMeta model;

    private final Map<String, FieldValue> values = new LinkedHashMap<>();

    private final Map<String, List<NestedWrite>> relations = new LinkedHashMap<>();

    /**
     * Create a builder for a model.
     * @param model the model
     */
    public CreateBuilder(ModelMeta model) {
        this.model = model;
    }

    /**
     * Set a scalar field.
     * @param field the field name
     * @param value the value, {@code null} for SQL {@code NULL}
     * @return this builder
     */
    public CreateBuilder set(String field, @Nullable Object value) {
        ScalarFieldMeta meta = this.model.scalarField(field);
        if (value == null && !meta.optional()) {
            throw new IllegalArgumentException("Field \"" + field + "\" of " + this.model.name() + " is required");
        }
        this.values.put(field, new FieldValue(meta, value));
        return this;
    }

    /**
     * Add nested writes to a to-many relation.
     * @param <T> the related record type
     * @param field the relation field name
     * @param writes receives the writes builder
     * @return this builder
     */
    public <T> CreateBuilder toMany(String field, Consumer<ToManyCreateWrites<T>> writes) {
        ToManyCreateWrites<T> builder = new ToManyCreateWrites<>(relation(field, true));
        writes.accept(builder);
        this.relations.put(field, builder.writes());
        return this;
    }

    /**
     * Add a nested write to a to-one relation.
     * @param <T> the related record type
     * @param field the relation field name
     * @param writes receives the writes builder
     * @return this builder
     */
    public <T> CreateBuilder toOne(String field, Consumer<ToOneCreateWrites<T>> writes) {
        ToOneCreateWrites<T> builder = new ToOneCreateWrites<>(relation(field, false));
        writes.accept(builder);
        this.relations.put(field, builder.writes());
        return this;
    }

    /**
     * Check the required fields and return the data.
     * @return the create data
     * @throws IllegalStateException naming every missing required field
     */
    public CreateData build() {
        Set<String> foreignKeys = new HashSet<>();
        for (RelationFieldMeta relation : this.model.relationFields()) {
            if (relation.kind() == RelationKind.FORWARD) {
                foreignKeys.addAll(relation.fields());
            }
        }
        List<String> missing = new ArrayList<>();
        for (ScalarFieldMeta field : this.model.scalarFields()) {
            if (field.requiredOnCreate() && !foreignKeys.contains(field.name())
                    && !this.values.containsKey(field.name())) {
                missing.add("\"" + field.name() + "\"");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing required field" + ((missing.size() > 1) ? "s " : " ")
                    + String.join(", ", missing) + " to create a " + this.model.name() + ".");
        }
        List<NestedWrite> writes = new ArrayList<>();
        this.relations.values().forEach(writes::addAll);
        return new CreateData(List.copyOf(this.values.values()), writes);
    }

    private RelationFieldMeta relation(String field, boolean list) {
        RelationFieldMeta relation = this.model.relationField(field);
        if (relation.list() != list) {
            throw new IllegalArgumentException("Relation \"" + field + "\" of " + this.model.name() + " is "
                    + (relation.list() ? "to-many" : "to-one"));
        }
        return relation;
    }

}
