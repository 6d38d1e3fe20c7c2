package dev.goofer.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Filter;
import org.jspecify.annotations.Nullable;

/**
 * A handle on a scalar-list field (PostgreSQL arrays): {@code has}, {@code hasSome},
 * {@code hasEvery}, {@code isEmpty} and whole-list equality.
 *
 * @param <M> the model record type
 * @param <T> the element type
 */
public final class ListField<M, T> extends Field<M, List<T>> {

    private final Function<Object, T> readElement;

    /**
     * Create a handle on a list field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     * @param readElement converts an element from the executor to the element type
     */
    public ListField(ModelMeta model, String fieldName, Function<Object, T> readElement) {
        super(model, fieldName);
        this.readElement = readElement;
    }

    /**
     * Return the condition "the list contains the value".
     * @param value the element
     * @return the condition
     */
    public Where<M> has(T value) {
        return Where.of(new Filter.ListFilter(meta(), Filter.ListOperator.HAS, value));
    }

    /**
     * Return the condition "the list contains at least one of the values".
     * @param values the elements
     * @return the condition
     */
    public Where<M> hasSome(Collection<? extends T> values) {
        return Where.of(new Filter.ListFilter(meta(), Filter.ListOperator.HAS_SOME, List.copyOf(values)));
    }

    /**
     * Return the condition "the list contains all of the values".
     * @param values the elements
     * @return the condition
     */
    public Where<M> hasEvery(Collection<? extends T> values) {
        return Where.of(new Filter.ListFilter(meta(), Filter.ListOperator.HAS_EVERY, List.copyOf(values)));
    }

    /**
     * Return the condition "the list is empty".
     * @return the condition
     */
    public Where<M> isEmpty() {
        return Where.of(new Filter.ListFilter(meta(), Filter.ListOperator.IS_EMPTY, Boolean.TRUE));
    }

    /**
     * Return the condition "the list is not empty".
     * @return the condition
     */
    public Where<M> isNotEmpty() {
        return Where.of(new Filter.ListFilter(meta(), Filter.ListOperator.IS_EMPTY, Boolean.FALSE));
    }

    @Override
    public Where<M> eq(List<T> value) {
        return Where.of(new Filter.ListFilter(meta(), Filter.ListOperator.EQUALS, List.copyOf(value)));
    }

    @Override
    public @Nullable List<T> read(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        List<T> list = new ArrayList<>();
        for (Object element : (List<?>) raw) {
            list.add(this.readElement.apply(element));
        }
        return List.copyOf(list);
    }

}
