package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.UniqueWhere;

/**
 * A selector of at most one record of model {@code M}. Generated {@code *WhereUnique}
 * classes create them only from {@code @id}, {@code @unique} and compound unique fields,
 * so {@code findUnique} cannot be called with anything else.
 *
 * @param <M> the model record type
 */
public final class WhereUnique<M> {

    private final UniqueWhere where;

    private WhereUnique(UniqueWhere where) {
        this.where = Objects.requireNonNull(where, "where");
    }

    /**
     * Create a selector from key field values. Called by generated code, which guarantees
     * that the fields form a primary key or unique constraint.
     * @param <M> the model record type
     * @param model the model
     * @param fieldNames the key fields
     * @param values the values, in the same order
     * @return the selector
     */
    public static <M> WhereUnique<M> of(ModelMeta model, List<String> fieldNames, List<?> values) {
        if (fieldNames.size() != values.size()) {
            throw new IllegalArgumentException("Expected " + fieldNames.size() + " values, got " + values.size());
        }
        List<FieldValue> fieldValues = new ArrayList<>(fieldNames.size());
        for (int i = 0; i < fieldNames.size(); i++) {
            String fieldName = fieldNames.get(i);
            Object value = Objects.requireNonNull(values.get(i),
                    () -> "Unique value for " + model.name() + "." + fieldName + " must not be null");
            fieldValues.add(new FieldValue(model.scalarField(fieldName), value));
        }
        return new WhereUnique<>(new UniqueWhere(fieldValues, Filter.TRUE));
    }

    /**
     * Create a selector from one unique field value.
     * @param <M> the model record type
     * @param model the model
     * @param fieldName the unique field
     * @param value the value
     * @return the selector
     */
    public static <M> WhereUnique<M> of(ModelMeta model, String fieldName, Object value) {
        return of(model, List.of(fieldName), List.of(value));
    }

    /**
     * Return a selector that also requires a further condition, as Prisma's extended
     * unique {@code where} does.
     * @param condition the further condition
     * @return the narrowed selector
     */
    public WhereUnique<M> and(Where<M> condition) {
        return new WhereUnique<>(
                new UniqueWhere(this.where.values(), Filter.and(List.of(this.where.filter(), condition.filter()))));
    }

    /**
     * Return the selector of the query AST.
     * @return the selector
     */
    public UniqueWhere toUniqueWhere() {
        return this.where;
    }

    /**
     * Return the selector as a plain condition.
     * @return the condition
     */
    public Where<M> toWhere() {
        return Where.of(this.where.toFilter());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (FieldValue value : this.where.values()) {
            text.append((text.length() > 0) ? ", " : "").append(value.field().name()).append('=').append(value.value());
        }
        return text.toString();
    }

}
