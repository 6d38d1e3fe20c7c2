package dev.goofer.codegen.model;

import java.util.Objects;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * A scalar or enum field of the generated client.
 *
 * @param meta the field metadata
 * @param position the position in the model's fields
 * @param member the Java member name
 * @param constant the handle constant name
 * @param pushMethod the update-builder method appending to a scalar list, or {@code null}
 * for other fields
 * @param elementType the Java type of one value ({@code Integer}, {@code String}, a
 * generated enum, ...)
 * @param enumClass the generated enum of an enum field, or {@code null}
 */
public record ScalarFieldDescriptor(ScalarFieldMeta meta, int position, String member, String constant,
        @Nullable String pushMethod, ClassName elementType, @Nullable ClassName enumClass) implements FieldDescriptor {

    public ScalarFieldDescriptor {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(constant, "constant");
        Objects.requireNonNull(elementType, "elementType");
    }

    /**
     * Return the Java type of the field's value: the element type, or a {@code List} of
     * it for scalar lists.
     * @return the value type, without nullness
     */
    public TypeName valueType() {
        return this.meta.list() ? ParameterizedTypeName.get(JavaTypes.LIST, this.elementType) : this.elementType;
    }

    /**
     * Whether the field's value may be {@code null}.
     * @return whether the field is optional
     */
    public boolean optional() {
        return this.meta.optional();
    }

    /**
     * Whether the field is a scalar list.
     * @return whether the field holds a list
     */
    public boolean list() {
        return this.meta.list();
    }

    /**
     * Whether updates can change the field with a {@code NumberOperation}.
     * @return whether the field is a numeric single value
     */
    public boolean numeric() {
        return this.meta.type().isNumeric() && !this.meta.list();
    }

}
