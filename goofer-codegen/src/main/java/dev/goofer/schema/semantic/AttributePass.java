package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * The attributes pass: reads every field, model, enum and composite type attribute in
 * isolation, then turns each model's key drafts into its primary key and indexes with
 * their database names.
 */
final class AttributePass {

    private AttributePass() {
    }

    static void run(ValidationContext context) {
        ScalarFieldAttributes scalars = new ScalarFieldAttributes(context);
        for (Model model : context.models()) {
            ModelState state = context.state(model);
            model.scalarFields().forEach((field) -> scalars.visit(field, state));
        }
        RelationFieldAttributes relations = new RelationFieldAttributes(context);
        for (Model model : context.models()) {
            model.relationFields().forEach(relations::visit);
        }
        ModelAttributes blocks = new ModelAttributes(context);
        for (Model model : context.models()) {
            blocks.visit(model, context.state(model));
            mappedNamesAreUnique(model, context);
        }
        for (CompositeType type : context.compositeTypes.values()) {
            type.fields.forEach((field) -> scalars.visit(field, null));
        }
        EnumAttributes enums = new EnumAttributes(context);
        context.enums.values().forEach(enums::visit);
        for (Model model : context.models()) {
            finishKeys(model, context);
        }
    }

    private static void mappedNamesAreUnique(Model model, ValidationContext context) {
        Map<String, ScalarField> byDatabaseName = new HashMap<>();
        for (ScalarField field : model.scalarFields()) {
            ScalarField existing = byDatabaseName.putIfAbsent(field.databaseName(), field);
            if (existing != null && (field.mappedName() != null || existing.mappedName() != null)) {
                ScalarField mapped = (field.mappedName() != null) ? field : existing;
                context.add(SchemaErrors.mappedFieldClash(model.keyword(), model.name(), mapped.name(), mapped.span()));
            }
        }
    }

    private static void finishKeys(Model model, ValidationContext context) {
        ModelState state = context.state(model);
        Connector connector = context.connector;
        KeyDraft id = state.id;
        if (id != null) {
            String databaseName = (id.mappedName != null) ? id.mappedName : connector.has(Capability.NAMED_PRIMARY_KEYS)
                    ? ConstraintNames.primaryKey(model.databaseName(), connector) : null;
            model.primaryKey = new PrimaryKey(id.fields, id.name, id.mappedName, databaseName, id.clustered,
                    id.definedOnField, id.attribute.span());
        }
        List<KeyDraft> drafts = new ArrayList<>(state.indexes);
        drafts.sort(Comparator.comparing((KeyDraft draft) -> !draft.definedOnField)
            .thenComparingInt((draft) -> draft.attribute.span().startOffset()));
        List<Index> indexes = new ArrayList<>();
        for (KeyDraft draft : drafts) {
            IndexType type = (draft.type != null) ? draft.type : IndexType.NORMAL;
            List<String> columns = draft.fields.stream().map((field) -> field.field().databaseName()).toList();
            String databaseName = (draft.mappedName != null) ? draft.mappedName
                    : (type == IndexType.UNIQUE) ? ConstraintNames.unique(model.databaseName(), columns, connector)
                            : ConstraintNames.index(model.databaseName(), columns, connector);
            indexes.add(new Index(type, draft.fields, draft.name, draft.mappedName, databaseName, draft.algorithm,
                    draft.clustered, draft.where, draft.definedOnField, draft.attribute.span()));
        }
        model.indexes = indexes;
        List<ScalarField> shardFields = state.shardKeyFields;
        if (shardFields != null && state.shardKeyAttribute != null) {
            model.shardKey = new ShardKey(shardFields, state.shardKeyOnField, state.shardKeyAttribute.span());
        }
    }

}
