package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;

/**
 * A handle on a {@code Boolean} field.
 *
 * @param <M> the model record type
 */
public class BooleanField<M> extends ScalarField<M, Boolean> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public BooleanField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

}
