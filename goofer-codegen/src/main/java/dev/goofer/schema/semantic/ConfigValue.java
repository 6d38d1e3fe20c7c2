package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The value of a datasource or generator property: a string, an {@code env("VAR")}
 * reference, a list, or any other literal kept as written.
 */
public sealed interface ConfigValue permits ConfigValue.Literal, ConfigValue.EnvVar, ConfigValue.ListValue {

    /**
     * Return the value as text: the string itself, {@code env("VAR")}, or the list
     * elements joined with commas.
     * @return the text
     */
    String asText();

    /**
     * A literal: a string (decoded), number or constant as written.
     *
     * @param value the value
     */
    record Literal(String value) implements ConfigValue {

        /**
         * Create a literal.
         * @param value the value
         */
        public Literal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return this.value;
        }

    }

    /**
     * {@code env("VAR")}: the value is read from an environment variable.
     *
     * @param variable the variable name
     */
    record EnvVar(String variable) implements ConfigValue {

        /**
         * Create an environment reference.
         * @param variable the variable name
         */
        public EnvVar {
            Objects.requireNonNull(variable, "variable");
        }

        @Override
        public String asText() {
            return "env(\"" + this.variable + "\")";
        }

    }

    /**
     * A list of values, such as {@code binaryTargets = ["native"]}.
     *
     * @param values the elements
     */
    record ListValue(List<ConfigValue> values) implements ConfigValue {

        /**
         * Create a list.
         * @param values the elements
         */
        public ListValue {
            values = List.copyOf(values);
        }

        @Override
        public String asText() {
            return this.values.stream().map(ConfigValue::asText).collect(Collectors.joining(","));
        }

    }

}
