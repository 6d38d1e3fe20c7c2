package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;

/**
 * A handle on an optional {@code Bytes} field.
 *
 * @param <M> the model record type
 */
public final class NullableBytesField<M> extends BytesField<M> implements NullableField<M> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public NullableBytesField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

}
