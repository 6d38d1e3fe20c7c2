package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * A value in an attribute argument or a configuration property.
 */
public sealed interface Expression permits Expression.StringLiteral, Expression.NumericLiteral,
        Expression.ConstantValue, Expression.FunctionCall, Expression.ArrayExpression, Expression.ObjectExpression {

    /**
     * Return where the expression is written.
     * @return the span
     */
    SourceSpan span();

    /**
     * Return the kind of value, as used in messages: {@code string}, {@code numeric},
     * {@code literal}, {@code functional}, {@code array} or {@code object}.
     * @return the description
     */
    default String describe() {
        if (this instanceof StringLiteral) {
            return "string";
        }
        if (this instanceof NumericLiteral) {
            return "numeric";
        }
        if (this instanceof ConstantValue) {
            return "literal";
        }
        if (this instanceof FunctionCall) {
            return "functional";
        }
        return (this instanceof ArrayExpression) ? "array" : "object";
    }

    /**
     * Return the expression written back as schema source.
     * @return the source text
     */
    default String toSource() {
        if (this instanceof StringLiteral string) {
            return quote(string.value());
        }
        if (this instanceof NumericLiteral number) {
            return number.text();
        }
        if (this instanceof ConstantValue constant) {
            return constant.name();
        }
        if (this instanceof FunctionCall function) {
            return function.name() + "("
                    + function.arguments()
                        .arguments()
                        .stream()
                        .map(Expression::argumentSource)
                        .collect(Collectors.joining(", "))
                    + ")";
        }
        if (this instanceof ArrayExpression array) {
            return "[" + array.elements().stream().map(Expression::toSource).collect(Collectors.joining(", ")) + "]";
        }
        ObjectExpression object = (ObjectExpression) this;
        return "{ " + object.members()
            .stream()
            .map((member) -> member.key() + ": " + member.value().toSource())
            .collect(Collectors.joining(", ")) + " }";
    }

    private static String argumentSource(Argument argument) {
        Identifier name = argument.name();
        return (name != null) ? name.name() + ": " + argument.value().toSource() : argument.value().toSource();
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * A string literal, with its escapes already decoded.
     *
     * @param value the decoded string
     * @param span the span including the quotes
     */
    record StringLiteral(String value, SourceSpan span) implements Expression {

        /**
         * Create a string literal.
         * @param value the value
         * @param span the span
         */
        public StringLiteral {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

    }

    /**
     * A number such as {@code 42}, {@code -1} or {@code 3.14}.
     *
     * @param text the number as written
     * @param span the span
     */
    record NumericLiteral(String text, SourceSpan span) implements Expression {

        /**
         * Create a numeric literal.
         * @param text the text
         * @param span the span
         */
        public NumericLiteral {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(span, "span");
        }

        /**
         * Whether the number has no fractional part.
         * @return whether it is an integer
         */
        public boolean isInteger() {
            return this.text.indexOf('.') < 0;
        }

    }

    /**
     * A bare name: {@code true}, {@code Cascade}, {@code Desc}, an enum value or a field
     * name.
     *
     * @param name the name, possibly dotted
     * @param span the span
     */
    record ConstantValue(String name, SourceSpan span) implements Expression {

        /**
         * Create a constant.
         * @param name the name
         * @param span the span
         */
        public ConstantValue {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }

    }

    /**
     * A function call such as {@code now()}, {@code env("URL")} or a field with index
     * arguments {@code title(sort: Desc)}.
     *
     * @param name the function name
     * @param arguments the arguments
     * @param span the span of the whole call
     */
    record FunctionCall(String name, ArgumentList arguments, SourceSpan span) implements Expression {

        /**
         * Create a function call.
         * @param name the name
         * @param arguments the arguments
         * @param span the span
         */
        public FunctionCall {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
            Objects.requireNonNull(span, "span");
        }

    }

    /**
     * An array {@code [a, b, c]}.
     *
     * @param elements the elements
     * @param span the span including the brackets
     */
    record ArrayExpression(List<Expression> elements, SourceSpan span) implements Expression {

        /**
         * Create an array.
         * @param elements the elements
         * @param span the span
         */
        public ArrayExpression {
            elements = List.copyOf(elements);
            Objects.requireNonNull(span, "span");
        }

    }

    /**
     * An object {@code { key: value, other: { not: null } }}, as used by partial indexes.
     *
     * @param members the members in source order
     * @param span the span including the braces
     */
    record ObjectExpression(List<ObjectMember> members, SourceSpan span) implements Expression {

        /**
         * Create an object.
         * @param members the members
         * @param span the span
         */
        public ObjectExpression {
            members = List.copyOf(members);
            Objects.requireNonNull(span, "span");
        }

    }

    /**
     * One {@code key: value} member of an object expression.
     *
     * @param key the key
     * @param keySpan the span of the key
     * @param value the value
     */
    record ObjectMember(String key, SourceSpan keySpan, Expression value) {

        /**
         * Create a member.
         * @param key the key
         * @param keySpan the key span
         * @param value the value
         */
        public ObjectMember {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keySpan, "keySpan");
            Objects.requireNonNull(value, "value");
        }

    }

}
