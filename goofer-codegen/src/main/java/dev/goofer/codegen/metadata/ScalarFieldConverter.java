package dev.goofer.codegen.metadata;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.schema.semantic.EnumType;
import dev.goofer.schema.semantic.FieldKind;
import dev.goofer.schema.semantic.ScalarField;
import org.jspecify.annotations.Nullable;

/**
 * Converts scalar, enum and {@code Unsupported("...")} fields.
 */
final class ScalarFieldConverter {

    private ScalarFieldConverter() {
    }

    static ScalarFieldMeta convert(ScalarField field) {
        ScalarType type = type(field);
        EnumType enumType = field.enumType();
        String enumName = (type == ScalarType.ENUM && enumType != null) ? enumType.name() : null;
        dev.goofer.schema.semantic.NativeType nativeType = field.nativeType();
        NativeType nativeMeta = (nativeType != null) ? new NativeType(nativeType.name(), nativeType.arguments()) : null;
        DefaultValue defaultValue = DefaultValueConverter.convert(field, type);
        return new ScalarFieldMeta(field.name(), field.databaseName(), type, enumName, field.isOptional(),
                field.isList(), nativeMeta, defaultValue, field.isUpdatedAt(), field.isIgnoredExplicitly(),
                field.unsupportedType(), field.documentation());
    }

    static ScalarType type(ScalarField field) {
        FieldKind kind = field.kind();
        if (kind == FieldKind.ENUM) {
            return ScalarType.ENUM;
        }
        if (kind == FieldKind.UNSUPPORTED) {
            return ScalarType.UNSUPPORTED;
        }
        if (kind == FieldKind.SCALAR) {
            return scalarType(field.scalarType(), field);
        }
        throw new IllegalArgumentException("Field \"" + field + "\" has a composite type, which only MongoDB supports");
    }

    private static ScalarType scalarType(dev.goofer.schema.semantic.@Nullable ScalarType type, ScalarField field) {
        if (type == null) {
            throw new IllegalStateException("Field \"" + field + "\" has no scalar type");
        }
        return switch (type) {
            case STRING -> ScalarType.STRING;
            case BOOLEAN -> ScalarType.BOOLEAN;
            case INT -> ScalarType.INT;
            case BIG_INT -> ScalarType.BIGINT;
            case FLOAT -> ScalarType.FLOAT;
            case DECIMAL -> ScalarType.DECIMAL;
            case DATE_TIME -> ScalarType.DATETIME;
            case JSON -> ScalarType.JSON;
            case BYTES -> ScalarType.BYTES;
        };
    }

}
