package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;

/**
 * A handle on an optional {@code Json} field.
 *
 * @param <M> the model record type
 */
public final class NullableJsonField<M> extends JsonField<M> implements NullableField<M> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public NullableJsonField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

}
