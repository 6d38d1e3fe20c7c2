package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * The block attributes of a model or view: {@code @@ignore}, {@code @@id}, {@code @@map},
 * {@code @@schema}, {@code @@index}, {@code @@unique}, {@code @@fulltext} and
 * {@code @@shardKey}.
 */
final class ModelAttributes {

    private final ValidationContext context;

    private final Coerce coerce;

    private final FieldListReader fieldLists;

    private final KeyArguments keyArguments;

    ModelAttributes(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
        this.fieldLists = new FieldListReader(context);
        this.keyArguments = new KeyArguments(context);
    }

    void visit(Model model, ModelState state) {
        AttributeSet attributes = new AttributeSet(model.declaration().attributes(), this.context);
        Attribute ignore = attributes.single("ignore");
        if (ignore != null) {
            readIgnore(model, ignore);
        }
        Attribute id = attributes.single("id");
        if (id != null) {
            readCompoundId(model, state, id);
        }
        Attribute map = attributes.single("map");
        if (map != null) {
            state.mapAttribute = map;
            model.mappedName = stringArgument(map, "name");
        }
        Attribute schema = attributes.single("schema");
        if (schema != null) {
            model.schema = stringArgument(schema, "map");
            state.schemaSpan = schema.span();
        }
        attributes.repeated("index").forEach((index) -> readIndex(model, state, index, IndexType.NORMAL));
        attributes.repeated("unique").forEach((unique) -> readIndex(model, state, unique, IndexType.UNIQUE));
        attributes.repeated("fulltext").forEach((fulltext) -> readIndex(model, state, fulltext, IndexType.FULLTEXT));
        Attribute shardKey = attributes.single("shardKey");
        if (shardKey != null) {
            readShardKey(model, state, shardKey);
        }
        attributes.finish();
        checkFieldKeysRequired(model, state);
    }

    private void readIgnore(Model model, Attribute ignore) {
        for (ScalarField field : model.scalarFields()) {
            if (field.isIgnoredExplicitly()) {
                this.context.add(SchemaErrors.ignoreInIgnoredModel(field.span()));
            }
        }
        model.ignored = true;
        Arguments arguments = Arguments.of(ignore, this.context);
        if (arguments != null) {
            arguments.finish();
        }
    }

    private void readCompoundId(Model model, ModelState state, Attribute id) {
        Arguments arguments = Arguments.of(id, this.context);
        if (arguments == null) {
            return;
        }
        Expression fieldsValue = arguments.required("fields");
        List<IndexField> fields = (fieldsValue != null) ? this.fieldLists.withArguments(fieldsValue, model, "id", id)
                : null;
        if (fields == null) {
            arguments.discard();
            return;
        }
        List<String> optional = fields.stream()
            .map(IndexField::field)
            .filter((f) -> !f.isRequired())
            .map(Field::name)
            .toList();
        if (!optional.isEmpty() && !model.isIgnored()) {
            this.context.add(SchemaErrors.keyOptionalFields(model.keyword(), model.name(), "id", optional, id.span()));
        }
        if (state.id != null) {
            this.context.add(SchemaErrors.idAndCompoundId(model.keyword(), model.name(), model.span()));
        }
        KeyDraft key = new KeyDraft(null, fields, id, false);
        key.mappedName = this.keyArguments.mappedName(arguments);
        key.name = this.keyArguments.name(arguments, model);
        key.clustered = this.keyArguments.clustered(arguments);
        arguments.finish();
        state.id = key;
    }

    private void readIndex(Model model, ModelState state, Attribute attribute, IndexType type) {
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments == null) {
            return;
        }
        Expression fieldsValue = arguments.required("fields");
        String what = (type == IndexType.UNIQUE) ? "unique index" : "index";
        List<IndexField> fields = (fieldsValue != null)
                ? this.fieldLists.withArguments(fieldsValue, model, what, attribute) : null;
        if (fields == null) {
            arguments.discard();
            return;
        }
        KeyDraft key = new KeyDraft(type, fields, attribute, false);
        if (type != IndexType.FULLTEXT) {
            key.name = this.keyArguments.name(arguments, model);
        }
        key.mappedName = this.keyArguments.mappedName(arguments);
        if (type == IndexType.NORMAL && key.name != null) {
            if (key.mappedName != null) {
                this.context.add(SchemaErrors.indexNameAndMap(attribute.span()));
            }
            key.mappedName = key.name;
            key.name = null;
        }
        if (type == IndexType.NORMAL) {
            key.algorithm = algorithm(arguments);
        }
        if (type != IndexType.FULLTEXT) {
            key.clustered = this.keyArguments.clustered(arguments);
            key.where = this.keyArguments.where(arguments);
        }
        arguments.finish();
        state.indexes.add(key);
    }

    private @Nullable IndexAlgorithm algorithm(Arguments arguments) {
        Expression value = arguments.optional("type");
        String name = (value != null) ? this.coerce.constant(value) : null;
        if (name == null) {
            return null;
        }
        IndexAlgorithm algorithm = IndexAlgorithm.fromPrismaName(name);
        if (algorithm == null) {
            this.context.add(SchemaErrors.unknownIndexType(arguments.attribute().displayName(), name,
                    arguments.attribute().span()));
        }
        return algorithm;
    }

    private void readShardKey(Model model, ModelState state, Attribute attribute) {
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments == null) {
            return;
        }
        Expression fieldsValue = arguments.required("fields");
        arguments.finish();
        List<ScalarField> fields = (fieldsValue != null)
                ? this.fieldLists.withoutArguments(fieldsValue, model, "shard key", attribute.span(), "fields") : null;
        if (fields == null) {
            return;
        }
        List<String> optional = fields.stream().filter((f) -> !f.isRequired()).map(Field::name).toList();
        if (!optional.isEmpty() && !model.isIgnored()) {
            this.context.add(SchemaErrors.keyOptionalFields(model.keyword(), model.name(), "shard key", optional,
                    attribute.span()));
        }
        if (state.shardKeyAttribute != null) {
            this.context.add(SchemaErrors.shardKeyTwice(model.name(), model.span()));
        }
        state.shardKeyAttribute = attribute;
        state.shardKeyFields = fields;
        state.shardKeyOnField = false;
    }

    private void checkFieldKeysRequired(Model model, ModelState state) {
        if (model.isIgnored()) {
            return;
        }
        KeyDraft id = state.id;
        if (id != null && id.definedOnField && !id.fields.get(0).field().isRequired()) {
            this.context.add(SchemaErrors.idNotRequired(id.fields.get(0).name(), id.attribute.span()));
        }
        List<ScalarField> shardFields = state.shardKeyFields;
        if (state.shardKeyOnField && shardFields != null && !shardFields.get(0).isRequired()
                && state.shardKeyAttribute != null) {
            this.context
                .add(SchemaErrors.shardKeyNotRequired(shardFields.get(0).name(), state.shardKeyAttribute.span()));
        }
    }

    private @Nullable String stringArgument(Attribute attribute, String name) {
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments == null) {
            return null;
        }
        Expression value = arguments.required(name);
        String string = (value != null) ? this.coerce.string(value) : null;
        arguments.finish();
        return string;
    }

}
