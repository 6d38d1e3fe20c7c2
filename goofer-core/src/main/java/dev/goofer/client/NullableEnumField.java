package dev.goofer.client;

import java.util.function.Function;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.types.DatabaseEnum;

/**
 * A handle on an optional enum field.
 *
 * @param <M> the model record type
 * @param <E> the generated enum type
 */
public final class NullableEnumField<M, E extends Enum<E> & DatabaseEnum> extends EnumField<M, E>
        implements NullableField<M> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     * @param fromDatabase converts a database value to the enum constant
     */
    public NullableEnumField(ModelMeta model, String fieldName, Function<String, E> fromDatabase) {
        super(model, fieldName, fromDatabase);
    }

}
