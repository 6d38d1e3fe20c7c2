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

    // Fields are hashed and compared on every query (statement shapes, read plans): hash
    // by name and column only, and let the same instance compare equal without a walk.
    @Override
    public int hashCode() {
        return 31 * this.name.hashCode() + this.columnName.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        return (other instanceof ScalarFieldMeta that) && this.name.equals(that.name)
                && this.columnName.equals(that.columnName) && this.type == that.type
                && Objects.equals(this.enumName, that.enumName) && this.optional == that.optional
                && this.list == that.list && Objects.equals(this.nativeType, that.nativeType)
                && Objects.equals(this.defaultValue, that.defaultValue) && this.updatedAt == that.updatedAt
                && this.ignored == that.ignored && Objects.equals(this.unsupportedType, that.unsupportedType)
                && Objects.equals(this.documentation, that.documentation);
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
