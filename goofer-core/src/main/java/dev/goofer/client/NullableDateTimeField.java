package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;

/**
 * A handle on an optional {@code DateTime} field.
 *
 * @param <M> the model record type
 */
public final class NullableDateTimeField<M> extends DateTimeField<M> implements NullableField<M> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public NullableDateTimeField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

}
