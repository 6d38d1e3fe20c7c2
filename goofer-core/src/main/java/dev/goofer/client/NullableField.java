package dev.goofer.client;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;

/**
 * The null checks of an optional field. Only handles of optional fields implement it, so
 * {@code isNull()} on a required field does not compile.
 *
 * @param <M> the model record type
 */
public interface NullableField<M> {

    /**
     * Return the field metadata.
     * @return the metadata
     */
    ScalarFieldMeta meta();

    /**
     * Return the condition "the field is null".
     * @return the condition
     */
    default Where<M> isNull() {
        return Where.of(new Filter.IsNull(meta(), false));
    }

    /**
     * Return the condition "the field is not null".
     * @return the condition
     */
    default Where<M> isNotNull() {
        return Where.of(new Filter.IsNull(meta(), true));
    }

}
