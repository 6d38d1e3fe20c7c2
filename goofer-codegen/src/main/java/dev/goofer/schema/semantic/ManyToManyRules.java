package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * The rules of implicit many-to-many relations: both models have a single-field id, no
 * {@code references}, no referential actions, no views, and no {@code fields} (embedded
 * many-to-many relations are MongoDB only).
 */
final class ManyToManyRules {

    private final ValidationContext context;

    ManyToManyRules(ValidationContext context) {
        this.context = context;
    }

    void check(Relation relation) {
        RelationField fieldA = relation.fieldA();
        RelationField fieldB = relation.fieldB();
        if (fieldB == null) {
            return;
        }
        if (fieldA.fields != null || fieldB.fields != null) {
            for (RelationField field : List.of(fieldA, fieldB)) {
                this.context.add(SchemaErrors.relationValidation("Embedded many-to-many relations are not supported on "
                        + this.context.connector.displayName() + ". Please use the syntax defined in "
                        + "https://pris.ly/d/relational-database-many-to-many", field.span()));
            }
            return;
        }
        if (relation.modelA().isView() || relation.modelB().isView()) {
            for (RelationField field : List.of(fieldA, fieldB)) {
                this.context.add(SchemaErrors
                    .relationValidation("Implicit many-to-many relations are not supported for views.", field.span()));
            }
        }
        for (RelationField field : List.of(fieldA, fieldB)) {
            singularId(field);
            noActions(field);
            if (field.references != null) {
                this.context.add(SchemaErrors.invalidRelation("Implicit many-to-many relation should not have "
                        + "references argument defined. Either remove it, or change the relation to one-to-many.",
                        field.span()));
            }
        }
    }

    private void singularId(RelationField field) {
        Model related = field.relatedModel();
        PrimaryKey key = related.primaryKey;
        if (key == null || key.fields().size() != 1) {
            Model model = field.model();
            this.context.add(SchemaErrors.missingIdForManyToMany(model.keyword(), model.name(), field.name(),
                    related.name(), field.span()));
            return;
        }
        List<ScalarField> references = field.references;
        if (references != null && !references.isEmpty() && !references.equals(key.scalarFields())) {
            this.context
                .add(SchemaErrors.relationValidation("Implicit many-to-many relations must always reference the "
                        + "id field of the related model. Change the argument `references` to use the id field of the "
                        + "related model `" + related.name() + "`. But it is referencing the following fields that are "
                        + "not the id: " + String.join(", ", references.stream().map(ScalarField::name).toList()),
                        field.span()));
        }
    }

    private void noActions(RelationField field) {
        for (SourceSpan span : new SourceSpan[] { field.onDeleteSpan, field.onUpdateSpan }) {
            if (span != null) {
                this.context.add(SchemaErrors.relationValidation(
                        "Referential actions on implicit many-to-many relations are not supported.", span));
            }
        }
    }

}
