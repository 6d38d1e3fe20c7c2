package dev.goofer.client;

import java.util.List;

import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Filter;
import dev.goofer.types.Json;

/**
 * The value at a path inside a {@code Json} field, for filters.
 *
 * @param <M> the model record type
 */
public final class JsonPath<M> {

    private final ScalarFieldMeta field;

    private final List<String> path;

    JsonPath(ScalarFieldMeta field, List<String> path) {
        this.field = field;
        this.path = List.copyOf(path);
    }

    /**
     * Return the condition "the value at the path equals the JSON value".
     * @param value the JSON value
     * @return the condition
     */
    public Where<M> eq(Json value) {
        return filter(Filter.JsonOperator.EQUALS, value);
    }

    /**
     * Return the condition "the value at the path does not equal the JSON value".
     * @param value the JSON value
     * @return the condition
     */
    public Where<M> not(Json value) {
        return filter(Filter.JsonOperator.NOT_EQUALS, value);
    }

    /**
     * Return the condition "the value at the path is a string containing the text".
     * @param text the text
     * @return the condition
     */
    public Where<M> stringContains(String text) {
        return filter(Filter.JsonOperator.STRING_CONTAINS, text);
    }

    /**
     * Return the condition "the value at the path is a string starting with the text".
     * @param text the text
     * @return the condition
     */
    public Where<M> stringStartsWith(String text) {
        return filter(Filter.JsonOperator.STRING_STARTS_WITH, text);
    }

    /**
     * Return the condition "the value at the path is a string ending with the text".
     * @param text the text
     * @return the condition
     */
    public Where<M> stringEndsWith(String text) {
        return filter(Filter.JsonOperator.STRING_ENDS_WITH, text);
    }

    /**
     * Return the condition "the value at the path is an array containing the value".
     * @param value the element
     * @return the condition
     */
    public Where<M> arrayContains(Json value) {
        return filter(Filter.JsonOperator.ARRAY_CONTAINS, value);
    }

    private Where<M> filter(Filter.JsonOperator operator, Object value) {
        return Where.of(new Filter.JsonFilter(this.field, this.path, operator, value));
    }

}
