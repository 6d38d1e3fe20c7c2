package dev.goofer.schema.semantic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * Per relation field: referential actions the provider supports, {@code SetNull} on
 * required fields, MySQL's {@code SetDefault}, foreign key names, ignored related models,
 * and the missing index warning of {@code relationMode = "prisma"}.
 */
final class ReferentialActionRules {

    private final ValidationContext context;

    ReferentialActionRules(ValidationContext context) {
        this.context = context;
    }

    void check(RelationField field) {
        Model related = field.relatedModel();
        if (related.isIgnored() && !field.ignored && !field.model().isIgnored()) {
            this.context.add(SchemaErrors.relationToIgnoredModel(field.name(), field.model().name(), related.name(),
                    field.span()));
        }
        supported(field, field.explicitOnDelete, field.onDeleteSpan);
        supported(field, field.explicitOnUpdate, field.onUpdateSpan);
        setNull(field, field.explicitOnDelete, "onDelete");
        setNull(field, field.explicitOnUpdate, "onUpdate");
        mysqlSetDefault(field);
        if (field.mappedName != null && !this.context.has(Capability.NAMED_FOREIGN_KEYS)) {
            this.context.add(SchemaErrors.namedForeignKeysNotSupported(attributeSpan(field)));
        }
        missingIndex(field);
    }

    private void supported(RelationField field, ReferentialAction action, SourceSpan span) {
        if (action == null || span == null) {
            return;
        }
        RelationMode mode = this.context.relationMode();
        Set<ReferentialAction> allowed = this.context.connector.allowedActions(mode);
        if (allowed.contains(action)) {
            return;
        }
        String list = List.of(ReferentialAction.values())
            .stream()
            .filter(allowed::contains)
            .map((a) -> "`" + a.prismaName() + "`")
            .collect(Collectors.joining(", "));
        String hint = (mode == RelationMode.PRISMA && action == ReferentialAction.NO_ACTION
                && allowed.contains(ReferentialAction.RESTRICT))
                        ? ". `NoAction` is not implemented for " + this.context.connector.displayName()
                                + " when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. "
                                + "Learn more at https://pris.ly/d/relation-mode"
                        : "";
        this.context.add(SchemaErrors.unsupportedReferentialAction(action.prismaName(), list + ")" + hint, span));
    }

    private void setNull(RelationField field, ReferentialAction action, String argument) {
        if (action != ReferentialAction.SET_NULL || field.fields == null
                || field.fields.stream().noneMatch(ScalarField::isRequired)) {
            return;
        }
        if (this.context.connector.allowsSetNullOnRequiredFields(this.context.relationMode())) {
            this.context.add(SchemaErrors.setNullOnRequiredWarning(argument, field.span()));
        }
        else {
            this.context.add(SchemaErrors.setNullOnRequired(argument, field.span()));
        }
    }

    private void mysqlSetDefault(RelationField field) {
        if (!this.context.connector.is(Provider.MYSQL) || this.context.relationMode() != RelationMode.FOREIGN_KEYS) {
            return;
        }
        if (field.explicitOnDelete == ReferentialAction.SET_DEFAULT && field.onDeleteSpan != null) {
            this.context.add(SchemaErrors.mysqlSetDefault(field.onDeleteSpan));
        }
        if (field.explicitOnUpdate == ReferentialAction.SET_DEFAULT && field.onUpdateSpan != null) {
            this.context.add(SchemaErrors.mysqlSetDefault(field.onUpdateSpan));
        }
    }

    private void missingIndex(RelationField field) {
        List<ScalarField> fields = field.fields;
        if (this.context.relationMode() != RelationMode.PRISMA || fields == null || fields.isEmpty()) {
            return;
        }
        Model model = field.model();
        for (Index index : model.indexes) {
            if (leftmost(fields, index.scalarFields())) {
                return;
            }
        }
        PrimaryKey key = model.primaryKey;
        if (key != null && leftmost(fields, key.scalarFields())) {
            return;
        }
        this.context.add(SchemaErrors.missingRelationIndex(attributeSpan(field)));
    }

    private static boolean leftmost(List<ScalarField> fields, List<ScalarField> indexed) {
        return indexed.size() >= fields.size() && indexed.subList(0, fields.size()).equals(fields);
    }

    private static SourceSpan attributeSpan(RelationField field) {
        return (field.relationAttribute != null) ? field.relationAttribute.span() : field.span();
    }

}
