package dev.goofer.codegen.model;

import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.ClassName;
import dev.goofer.metadata.EnumMeta;

/**
 * A generated enum.
 *
 * @param meta the enum metadata
 * @param className the generated enum type
 * @param constants the constants, in schema order
 * @param metaConstant the name of the {@code EnumMeta} constant ({@code META} unless a
 * value takes that name)
 * @param lookupConstant the name of the private lookup by database value
 * @param valueField the name of the private field holding the database value
 */
public record EnumDescriptor(EnumMeta meta, ClassName className, List<Constant> constants, String metaConstant,
        String lookupConstant, String valueField) {

    public EnumDescriptor {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(className, "className");
        constants = List.copyOf(constants);
        Objects.requireNonNull(metaConstant, "metaConstant");
        Objects.requireNonNull(lookupConstant, "lookupConstant");
        Objects.requireNonNull(valueField, "valueField");
    }

    /**
     * One constant of a generated enum.
     *
     * @param value the enum value
     * @param javaName the constant name
     */
    public record Constant(EnumMeta.Value value, String javaName) {

        public Constant {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(javaName, "javaName");
        }

    }

}
