package dev.goofer.metadata;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A scalar or enum field, stored in one column.
 *
 * @param name the field name
 * @param columnName the database name of the column ({@code @map} applied)
 * @param type the scalar type
 * @param enumName the enum name when {@code type} is {@link ScalarType#ENUM}
 * @param optional whether the column is nullable
 * @param list whether the field is a scalar list
 * @param nativeType the {@code @db.*} native type, if any
 * @param defaultValue the {@code @default} value, if any
 * @param updatedAt whether the field carries {@code @updatedAt}
 * @param ignored whether the field carries {@code @ignore}
 * @param unsupportedType the type text of an {@code Unsupported("...")} field
 * @param documentation the {@code ///} documentation, if any
 */
public record ScalarFieldMeta(String name, String columnName, ScalarType type, @Nullable String enumName,
        boolean optional, boolean list, @Nullable NativeType nativeType, @Nullable DefaultValue defaultValue,
        boolean updatedAt, boolean ignored, @Nullable String unsupportedType,
        @Nullable String documentation) implements FieldMeta {

    public ScalarFieldMeta {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(type, "type");
        if ((type == ScalarType.ENUM) != (enumName != null)) {
            throw new IllegalArgumentException("Field \"" + name + "\": enumName must be set exactly for enum fields");
        }
    }

    /**
     * Create a plain required field with no attributes, mostly for tests.
     * @param name the field name
     * @param type the scalar type
     * @return the field
     */
    public static ScalarFieldMeta of(String name, ScalarType type) {
        return new ScalarFieldMeta(name, name, type, null, false, false, null, null, false, false, null, null);
    }

    /**
     * Whether a create must supply a value: required, not a list, no default and not
     * {@code @updatedAt}.
     * @return whether the field is required on create
     */
    public boolean requiredOnCreate() {
        return !this.optional && !this.list && this.defaultValue == null && !this.updatedAt && !this.ignored
                && this.type != ScalarType.UNSUPPORTED;
    }

}
