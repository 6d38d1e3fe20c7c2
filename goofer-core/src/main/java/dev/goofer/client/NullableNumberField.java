package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;

/**
 * A handle on an optional numeric field.
 *
 * @param <M> the model record type
 * @param <T> {@code Integer}, {@code Long}, {@code Double} or {@code BigDecimal}
 */
public final class NullableNumberField<M, T extends Number & Comparable<? super T>> extends NumberField<M, T>
        implements NullableField<M> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     * @param javaType the Java type of the values
     */
    public NullableNumberField(ModelMeta model, String fieldName, Class<T> javaType) {
        super(model, fieldName, javaType);
    }

}
