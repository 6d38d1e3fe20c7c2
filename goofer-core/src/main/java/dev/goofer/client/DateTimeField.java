package dev.goofer.client;

import java.time.Instant;

import dev.goofer.metadata.ModelMeta;

/**
 * A handle on a {@code DateTime} field, whose values are {@link Instant}s.
 *
 * @param <M> the model record type
 */
public class DateTimeField<M> extends ComparableField<M, Instant> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public DateTimeField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

}
