package dev.goofer.codegen.testing;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.NativeType;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import org.jspecify.annotations.Nullable;

/**
 * A scalar field under construction.
 */
public final class FieldSpec extends Spec {

    final ScalarType type;

    final @Nullable String enumName;

    @Nullable String column;

    @Nullable NativeType nativeType;

    @Nullable DefaultValue defaultValue;

    boolean updatedAt;

    @Nullable String unsupportedType;

    boolean id;

    boolean unique;

    FieldSpec(String name, ScalarType type, @Nullable String enumName) {
        super(name);
        this.type = type;
        this.enumName = enumName;
    }

    String column() {
        return (this.column != null) ? this.column : this.name;
    }

    ScalarFieldMeta build(ModelSpec model) {
        return new ScalarFieldMeta(this.name, column(), this.type, this.enumName, this.optional, this.list,
                this.nativeType, this.defaultValue, this.updatedAt, this.ignored, this.unsupportedType,
                this.documentation);
    }

}
