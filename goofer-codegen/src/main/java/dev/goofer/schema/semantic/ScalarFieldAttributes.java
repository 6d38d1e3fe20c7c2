package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of a scalar field: {@code @map}, {@code @ignore}, {@code @id},
 * {@code @updatedAt}, {@code @default}, {@code @db.*}, {@code @unique} and
 * {@code @shardKey}.
 */
final class ScalarFieldAttributes {

    private final ValidationContext context;

    private final Coerce coerce;

    private final KeyArguments keyArguments;

    ScalarFieldAttributes(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
        this.keyArguments = new KeyArguments(context);
    }

    void visit(ScalarField field, @Nullable ModelState state) {
        AttributeSet attributes = new AttributeSet(field.declaration().attributes(), this.context);
        Attribute map = attributes.single("map");
        if (map != null) {
            field.mappedName = mapArgument(map);
        }
        if (state != null) {
            modelOnly(field, state, attributes);
        }
        Attribute defaultAttribute = attributes.single("default");
        if (defaultAttribute != null) {
            readDefault(field, defaultAttribute, state == null);
        }
        Attribute nativeType = attributes.nativeType();
        if (nativeType != null && field.kind() == FieldKind.SCALAR) {
            field.nativeTypeAttribute = nativeType;
            String name = nativeType.name().name();
            List<String> arguments = new ArrayList<>();
            for (Argument argument : nativeType.arguments().arguments()) {
                arguments.add(argument.value().toSource());
            }
            field.nativeType = new NativeType(name.substring(name.indexOf('.') + 1), arguments);
        }
        attributes.finish();
    }

    private void modelOnly(ScalarField field, ModelState state, AttributeSet attributes) {
        Attribute ignore = attributes.single("ignore");
        if (ignore != null) {
            if (field.kind() == FieldKind.UNSUPPORTED) {
                this.context.add(SchemaErrors.ignoreOnUnsupported(ignore.span()));
            }
            else {
                field.ignored = true;
            }
            finishEmpty(ignore);
        }
        Attribute relation = attributes.single("relation");
        if (relation != null) {
            this.context.add(SchemaErrors.relationOnScalarField(field.name(), relation.span()));
        }
        Attribute id = attributes.single("id");
        if (id != null) {
            readId(field, state, id);
        }
        Attribute updatedAt = attributes.single("updatedAt");
        if (updatedAt != null) {
            readUpdatedAt(field, updatedAt);
        }
        Attribute unique = attributes.single("unique");
        if (unique != null) {
            readUnique(field, state, unique);
        }
        Attribute shardKey = attributes.single("shardKey");
        if (shardKey != null) {
            readShardKey(field, state, shardKey);
        }
    }

    private @Nullable String mapArgument(Attribute map) {
        Arguments arguments = Arguments.of(map, this.context);
        if (arguments == null) {
            return null;
        }
        Expression name = arguments.required("name");
        String value = (name != null) ? this.coerce.string(name) : null;
        arguments.finish();
        return value;
    }

    private void readId(ScalarField field, ModelState state, Attribute id) {
        Model model = field.model();
        if (model == null) {
            return;
        }
        if (state.id != null) {
            this.context.add(SchemaErrors.multipleIdFields(model.keyword(), model.name(), model.span()));
            return;
        }
        Arguments arguments = Arguments.of(id, this.context);
        if (arguments == null) {
            return;
        }
        IndexField indexField = this.keyArguments.fieldArguments(field, arguments);
        KeyDraft key = new KeyDraft(null, List.of(indexField), id, true);
        key.mappedName = this.keyArguments.mappedName(arguments);
        key.clustered = this.keyArguments.clustered(arguments);
        arguments.finish();
        state.id = key;
    }

    private void readUpdatedAt(ScalarField field, Attribute updatedAt) {
        if (field.scalarType() != ScalarType.DATE_TIME) {
            this.context.add(SchemaErrors.updatedAtNotDateTime(field.name(), updatedAt.span()));
        }
        if (field.isList()) {
            this.context.add(SchemaErrors.updatedAtOnList(field.name(), updatedAt.span()));
        }
        field.updatedAt = true;
        finishEmpty(updatedAt);
    }

    private void readUnique(ScalarField field, ModelState state, Attribute unique) {
        Arguments arguments = Arguments.of(unique, this.context);
        if (arguments == null) {
            return;
        }
        IndexField indexField = this.keyArguments.fieldArguments(field, arguments);
        KeyDraft key = new KeyDraft(IndexType.UNIQUE, List.of(indexField), unique, true);
        key.mappedName = this.keyArguments.mappedName(arguments);
        key.clustered = this.keyArguments.clustered(arguments);
        key.where = this.keyArguments.where(arguments);
        arguments.finish();
        state.indexes.add(key);
    }

    private void readShardKey(ScalarField field, ModelState state, Attribute shardKey) {
        Model model = field.model();
        if (model == null) {
            return;
        }
        if (state.shardKeyAttribute != null) {
            this.context.add(SchemaErrors.multipleShardKeyFields(model.name(), model.span()));
        }
        else {
            state.shardKeyAttribute = shardKey;
            state.shardKeyFields = List.of(field);
            state.shardKeyOnField = true;
        }
        finishEmpty(shardKey);
    }

    private void readDefault(ScalarField field, Attribute attribute, boolean composite) {
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments == null) {
            return;
        }
        Expression value = arguments.required("value");
        Expression map = arguments.optional("map");
        String mapped = null;
        if (map != null) {
            if (composite) {
                this.context.add(SchemaErrors
                    .invalidDefault("The `map` argument is not allowed on a composite type field.", attribute.span()));
            }
            else {
                mapped = this.keyArguments.nonEmptyString(map, attribute);
            }
        }
        arguments.finish();
        if (value == null) {
            return;
        }
        field.defaultAttribute = attribute;
        field.defaultMappedName = mapped;
        field.defaultValue = new DefaultReader(this.context).read(field, value, map != null, attribute.span());
    }

    private void finishEmpty(Attribute attribute) {
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments != null) {
            arguments.finish();
        }
    }

}
