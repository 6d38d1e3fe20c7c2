package dev.goofer.schema.semantic;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.ast.TypeReference;
import org.jspecify.annotations.Nullable;

/**
 * A field whose value is stored in a column: a built-in scalar, an enum, a composite type
 * or an {@code Unsupported("...")} type. Immutable once the schema is resolved.
 */
public final class ScalarField implements Field {

    private final FieldDeclaration declaration;

    private final @Nullable Model model;

    private final FieldKind kind;

    private final @Nullable ScalarType scalarType;

    private final @Nullable EnumType enumType;

    private final @Nullable CompositeType compositeType;

    @Nullable String mappedName;

    boolean ignored;

    boolean updatedAt;

    @Nullable DefaultValue defaultValue;

    @Nullable String defaultMappedName;

    @Nullable Attribute defaultAttribute;

    @Nullable NativeType nativeType;

    @Nullable Attribute nativeTypeAttribute;

    ScalarField(FieldDeclaration declaration, @Nullable Model model, FieldKind kind, @Nullable ScalarType scalarType,
            @Nullable EnumType enumType, @Nullable CompositeType compositeType) {
        this.declaration = declaration;
        this.model = model;
        this.kind = kind;
        this.scalarType = scalarType;
        this.enumType = enumType;
        this.compositeType = compositeType;
    }

    @Override
    public FieldDeclaration declaration() {
        return this.declaration;
    }

    /**
     * Return the model or view the field belongs to.
     * @return the model, or {@code null} for a field of a composite type
     */
    public @Nullable Model model() {
        return this.model;
    }

    @Override
    public FieldKind kind() {
        return this.kind;
    }

    /**
     * Return the built-in scalar type.
     * @return the type, or {@code null} unless {@link #kind()} is
     * {@link FieldKind#SCALAR}
     */
    public @Nullable ScalarType scalarType() {
        return this.scalarType;
    }

    /**
     * Return the enum of an enum field.
     * @return the enum, or {@code null} unless {@link #kind()} is {@link FieldKind#ENUM}
     */
    public @Nullable EnumType enumType() {
        return this.enumType;
    }

    /**
     * Return the composite type of a composite field.
     * @return the type, or {@code null} unless {@link #kind()} is
     * {@link FieldKind#COMPOSITE}
     */
    public @Nullable CompositeType compositeType() {
        return this.compositeType;
    }

    /**
     * Return the database type of an {@code Unsupported("...")} field.
     * @return the type, or {@code null} unless {@link #kind()} is
     * {@link FieldKind#UNSUPPORTED}
     */
    public @Nullable String unsupportedType() {
        return (this.declaration.type() instanceof TypeReference.Unsupported unsupported) ? unsupported.definition()
                : null;
    }

    /**
     * Return the type name as written in the schema.
     * @return the type name, such as {@code String}, {@code Role} or {@code Unsupported}
     */
    public String typeName() {
        if (this.declaration.type() instanceof TypeReference.Named named) {
            return named.name().name();
        }
        return "Unsupported";
    }

    /**
     * Return the column name from {@code @map}.
     * @return the mapped name, or {@code null}
     */
    public @Nullable String mappedName() {
        return this.mappedName;
    }

    /**
     * Return the column name in the database.
     * @return the mapped name, or the name
     */
    public String databaseName() {
        return (this.mappedName != null) ? this.mappedName : name();
    }

    @Override
    public boolean isIgnored() {
        return this.ignored || this.kind == FieldKind.UNSUPPORTED || (this.model != null && this.model.isIgnored());
    }

    /**
     * Whether the field carries {@code @ignore} itself.
     * @return whether the attribute is present
     */
    public boolean isIgnoredExplicitly() {
        return this.ignored;
    }

    /**
     * Whether the field carries {@code @updatedAt}: the client sets it on every update.
     * @return whether the field is an update timestamp
     */
    public boolean isUpdatedAt() {
        return this.updatedAt;
    }

    /**
     * Return the {@code @default} value.
     * @return the default, or {@code null}
     */
    public @Nullable DefaultValue defaultValue() {
        return this.defaultValue;
    }

    /**
     * Return the name of the default constraint from {@code @default(..., map: "...")}
     * (SQL Server).
     * @return the mapped name, or {@code null}
     */
    public @Nullable String defaultMappedName() {
        return this.defaultMappedName;
    }

    /**
     * Return the native type from {@code @db.X(...)}.
     * @return the native type, or {@code null} when the provider's default is used
     */
    public @Nullable NativeType nativeType() {
        return this.nativeType;
    }

    /**
     * Whether the field is the single field of the model's primary key ({@code @id}).
     * @return whether the field is the id
     */
    public boolean isId() {
        PrimaryKey key = (this.model != null) ? this.model.primaryKey() : null;
        return key != null && key.fields().size() == 1 && key.fields().get(0).field() == this;
    }

    /**
     * Whether the field is, on its own, unique: the single field of the primary key or of
     * a unique constraint.
     * @return whether the field is unique
     */
    public boolean isUnique() {
        if (this.model == null) {
            return false;
        }
        return isId() || this.model.indexes()
            .stream()
            .anyMatch(
                    (index) -> index.isUnique() && index.fields().size() == 1 && index.fields().get(0).field() == this);
    }

    /**
     * Whether the default is {@code autoincrement()} (or {@code sequence()}).
     * @return whether the database generates increasing values
     */
    public boolean isAutoIncrement() {
        return this.defaultValue instanceof DefaultValue.Autoincrement
                || this.defaultValue instanceof DefaultValue.Sequence;
    }

    @Override
    public String toString() {
        return ((this.model != null) ? this.model.name() : "?") + "." + name();
    }

}
