package dev.goofer.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UpdateData;
import org.jspecify.annotations.Nullable;

/**
 * Collects the changes of an update for generated {@code *Update.Builder} classes.
 */
public final class UpdateBuilder {

    private final ModelMeta model;

    private final Map<String, FieldUpdate> updates = new LinkedHashMap<>();

    private final Map<String, List<NestedWrite>> relations = new LinkedHashMap<>();

    /**
     * Create a builder for a model.
     * @param model the model
     */
    public UpdateBuilder(ModelMeta model) {
        this.model = model;
    }

    /**
     * Set a scalar field.
     * @param field the field name
     * @param value the value, {@code null} for SQL {@code NULL} (optional fields only)
     * @return this builder
     */
    public UpdateBuilder set(String field, @Nullable Object value) {
        ScalarFieldMeta meta = this.model.scalarField(field);
        if (value == null && !meta.optional()) {
            throw new IllegalArgumentException(
                    "Field \"" + field + "\" of " + this.model.name() + " is required and cannot be set to null");
        }
        this.updates.put(field, new FieldUpdate(meta, FieldUpdate.Operation.SET, value));
        return this;
    }

    /**
     * Apply an atomic number operation to a field.
     * @param field the field name
     * @param operation the operation
     * @return this builder
     */
    public UpdateBuilder number(String field, NumberOperation<?> operation) {
        ScalarFieldMeta meta = this.model.scalarField(field);
        if (!meta.type().isNumeric() || meta.list()) {
            throw new IllegalArgumentException("Field \"" + field + "\" of " + this.model.name() + " is not numeric");
        }
        this.updates.put(field, new FieldUpdate(meta, operation.operation(), operation.operand()));
        return this;
    }

    /**
     * Append values to a scalar-list field.
     * @param field the field name
     * @param values the values to append
     * @return this builder
     */
    public UpdateBuilder push(String field, List<?> values) {
        ScalarFieldMeta meta = this.model.scalarField(field);
        if (!meta.list()) {
            throw new IllegalArgumentException("Field \"" + field + "\" of " + this.model.name() + " is not a list");
        }
        this.updates.put(field, new FieldUpdate(meta, FieldUpdate.Operation.PUSH, List.copyOf(values)));
        return this;
    }

    /**
     * Add nested writes to a to-many relation.
     * @param <T> the related record type
     * @param field the relation field name
     * @param writes receives the writes builder
     * @return this builder
     */
    public <T> UpdateBuilder toMany(String field, Consumer<ToManyUpdateWrites<T>> writes) {
        ToManyUpdateWrites<T> builder = new ToManyUpdateWrites<>(relation(field, true));
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
    public <T> UpdateBuilder toOne(String field, Consumer<ToOneUpdateWrites<T>> writes) {
        ToOneUpdateWrites<T> builder = new ToOneUpdateWrites<>(relation(field, false));
        writes.accept(builder);
        this.relations.put(field, builder.writes());
        return this;
    }

    /**
     * Return the changes.
     * @return the update data
     */
    public UpdateData build() {
        List<NestedWrite> writes = new ArrayList<>();
        this.relations.values().forEach(writes::addAll);
        return new UpdateData(List.copyOf(this.updates.values()), writes);
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
