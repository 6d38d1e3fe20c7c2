package dev.goofer.client;

import java.util.Objects;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;
import org.jspecify.annotations.Nullable;

/**
 * A typed handle on a scalar field of model {@code M} holding values of type {@code T}.
 * Handles are constants of the generated {@code *Fields} classes.
 *
 * @param <M> the model record type
 * @param <T> the Java type of the field's values
 */
public abstract sealed class Field<M, T> implements Selectable<M> permits ScalarField, ListField {

    private final ScalarFieldMeta meta;

    private final int position;

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    protected Field(ModelMeta model, String fieldName) {
        this.meta = model.scalarField(fieldName);
        this.position = model.position(fieldName);
    }

    /**
     * Create a handle sharing another's field, for variants such as case-insensitive
     * views.
     * @param other the handle to copy
     */
    protected Field(Field<M, ?> other) {
        this.meta = other.meta;
        this.position = other.position;
    }

    /**
     * Return the field metadata.
     * @return the metadata
     */
    public final ScalarFieldMeta meta() {
        return this.meta;
    }

    /**
     * Return the field's position in its model's fields.
     * @return the position
     */
    public final int position() {
        return this.position;
    }

    /**
     * Return the condition "the field equals the value".
     * @param value the value
     * @return the condition
     */
    public Where<M> eq(T value) {
        return compare(Filter.CompareOperator.EQUALS, value);
    }

    /**
     * Return the condition "the field does not equal the value" (Prisma's {@code not}).
     * As in SQL, records whose field is null do not match.
     * @param value the value
     * @return the condition
     */
    public Where<M> not(T value) {
        return compare(Filter.CompareOperator.NOT_EQUALS, value);
    }

    /**
     * Convert a value as the executor returns it to the handle's Java type.
     * @param raw the value from a row
     * @return the typed value
     */
    @SuppressWarnings("unchecked")
    public @Nullable T read(@Nullable Object raw) {
        return (T) raw;
    }

    /**
     * Whether string comparisons through this handle ignore case.
     * @return whether the handle is case-insensitive
     */
    protected boolean caseInsensitive() {
        return false;
    }

    final Where<M> compare(Filter.CompareOperator operator, Object value) {
        Objects.requireNonNull(value, () -> "Value for \"" + this.meta.name() + "\" must not be null");
        return Where.of(new Filter.Compare(this.meta, operator, value, caseInsensitive()));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + this.meta.name() + "]";
    }

}
