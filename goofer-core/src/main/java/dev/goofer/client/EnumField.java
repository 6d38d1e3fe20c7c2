package dev.goofer.client;

import java.util.function.Function;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.types.DatabaseEnum;
import org.jspecify.annotations.Nullable;

/**
 * A handle on an enum field; values are constants of the generated Java enum.
 *
 * @param <M> the model record type
 * @param <E> the generated enum type
 */
public class EnumField<M, E extends Enum<E> & DatabaseEnum> extends ComparableField<M, E> {

    private final Function<String, E> fromDatabase;

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     * @param fromDatabase converts a database value to the enum constant
     */
    public EnumField(ModelMeta model, String fieldName, Function<String, E> fromDatabase) {
        super(model, fieldName);
        this.fromDatabase = fromDatabase;
    }

    @Override
    public @Nullable E read(@Nullable Object raw) {
        return (raw != null) ? this.fromDatabase.apply((String) raw) : null;
    }

}
