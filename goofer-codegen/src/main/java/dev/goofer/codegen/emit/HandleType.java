package dev.goofer.codegen.emit;

import com.palantir.javapoet.ClassName;
import dev.goofer.codegen.model.ScalarFieldDescriptor;
import dev.goofer.metadata.ScalarType;

/**
 * The handle class of a scalar field: {@code NumberField} for numbers,
 * {@code StringField} for strings and so on, with a {@code Nullable} variant for optional
 * fields and {@code ListField} for scalar lists.
 *
 * @param className the handle class
 * @param valueArgument whether the handle takes the value type as its second type
 * argument
 */
record HandleType(ClassName className, boolean valueArgument) {

    static HandleType of(ScalarFieldDescriptor field) {
        if (field.list()) {
            return new HandleType(RuntimeTypes.LIST_FIELD, true);
        }
        String prefix = field.optional() ? "Nullable" : "";
        ScalarType type = field.meta().type();
        if (type.isNumeric()) {
            return new HandleType(RuntimeTypes.client(prefix + "NumberField"), true);
        }
        if (type == ScalarType.ENUM) {
            return new HandleType(RuntimeTypes.client(prefix + "EnumField"), true);
        }
        return new HandleType(RuntimeTypes.client(prefix + simpleName(type)), false);
    }

    private static String simpleName(ScalarType type) {
        return switch (type) {
            case STRING -> "StringField";
            case BOOLEAN -> "BooleanField";
            case DATETIME -> "DateTimeField";
            case JSON -> "JsonField";
            case BYTES -> "BytesField";
            case INT, BIGINT, FLOAT, DECIMAL, ENUM, UNSUPPORTED ->
                throw new IllegalStateException("No plain handle for " + type);
        };
    }

}
