package dev.goofer.client;

import java.util.List;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Filter;
import dev.goofer.types.Json;

/**
 * A handle on a {@code Json} field: compares whole values, or values at a path with
 * {@link #path(String...)}.
 *
 * @param <M> the model record type
 */
public class JsonField<M> extends ScalarField<M, Json> {

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public JsonField(ModelMeta model, String fieldName) {
        super(model, fieldName);
    }

    @Override
    public Where<M> eq(Json value) {
        return Where.of(new Filter.JsonFilter(meta(), List.of(), Filter.JsonOperator.EQUALS, value));
    }

    @Override
    public Where<M> not(Json value) {
        return Where.of(new Filter.JsonFilter(meta(), List.of(), Filter.JsonOperator.NOT_EQUALS, value));
    }

    /**
     * Return a handle on the value at a path inside the JSON, for example
     * {@code PostFields.META.path("author", "name").eq(Json.string("Ada"))}. Array
     * elements are addressed by their index as a string.
     * @param path the keys leading to the value
     * @return the path handle
     */
    public JsonPath<M> path(String... path) {
        return new JsonPath<>(meta(), List.of(path));
    }

    /**
     * Return the condition "the JSON array contains the value".
     * @param value the element
     * @return the condition
     */
    public Where<M> arrayContains(Json value) {
        return new JsonPath<M>(meta(), List.of()).arrayContains(value);
    }

    /**
     * Return the condition "the JSON value is a string containing the text".
     * @param text the text
     * @return the condition
     */
    public Where<M> stringContains(String text) {
        return new JsonPath<M>(meta(), List.of()).stringContains(text);
    }

}
