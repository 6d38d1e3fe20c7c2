package dev.goofer.client;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.Filter;

/**
 * A handle on a {@code String} field: adds {@code contains}, {@code startsWith},
 * {@code endsWith} and a case-insensitive view ({@code mode: insensitive}).
 *
 * @param <M> the model record type
 */
public class StringField<M> extends ComparableField<M, String> {

    private final boolean insensitive;

    /**
     * Create a handle on a field of a model.
     * @param model the model
     * @param fieldName the scalar field name
     */
    public StringField(ModelMeta model, String fieldName) {
        super(model, fieldName);
        this.insensitive = false;
    }

    /**
     * Create a case-insensitive view of a handle.
     * @param other the handle
     * @param insensitive whether comparisons ignore case
     */
    protected StringField(StringField<M> other, boolean insensitive) {
        super(other);
        this.insensitive = insensitive;
    }

    /**
     * Return a view of this field whose comparisons ignore case, for example
     * {@code UserFields.EMAIL.insensitive().endsWith("@ACME.COM")}.
     * @return the case-insensitive view
     */
    public StringField<M> insensitive() {
        return new StringField<>(this, true);
    }

    @Override
    protected boolean caseInsensitive() {
        return this.insensitive;
    }

    /**
     * Return the condition "the field contains the text" (matched literally).
     * @param text the text
     * @return the condition
     */
    public Where<M> contains(String text) {
        return text(Filter.TextOperator.CONTAINS, text);
    }

    /**
     * Return the condition "the field starts with the text" (matched literally).
     * @param text the text
     * @return the condition
     */
    public Where<M> startsWith(String text) {
        return text(Filter.TextOperator.STARTS_WITH, text);
    }

    /**
     * Return the condition "the field ends with the text" (matched literally).
     * @param text the text
     * @return the condition
     */
    public Where<M> endsWith(String text) {
        return text(Filter.TextOperator.ENDS_WITH, text);
    }

    private Where<M> text(Filter.TextOperator operator, String text) {
        return Where.of(new Filter.Text(meta(), operator, text, this.insensitive));
    }

}
