package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.types.Bytes;

/**
 * A handle on a {@code Bytes} field.
 *
 * @param <M> the model record type
 */
public class BytesField<M> extends ScalarField<M, Bytes> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public BytesField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

}
