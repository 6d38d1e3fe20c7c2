package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * The relations pass: each relation has its two sides, {@code fields} and
 * {@code references} on the right side with matching counts and types, references point
 * to a unique criterion, one-to-one relations use unique fields, many-to-many relations
 * connect models with single ids (psl's relation validations).
 */
final class RelationRules {

    private final ValidationContext context;

    private RelationRules(ValidationContext context) {
        this.context = context;
    }

    static void run(ValidationContext context) {
        RelationRules rules = new RelationRules(context);
        for (Relation relation : context.relations) {
            if (relation.isManyToMany()) {
                new ManyToManyRules(context).check(relation);
            }
            else {
                rules.inline(relation);
            }
        }
        for (Relation relation : context.relations) {
            if (!relation.isManyToMany()) {
                new OneToOneRules(context).check(relation);
            }
        }
        ReferentialActionRules actions = new ReferentialActionRules(context);
        for (Model model : context.models()) {
            for (RelationField field : model.relationFields()) {
                if (field.relation != null) {
                    actions.check(field);
                }
            }
        }
        new CycleRules(context).check();
    }

    private void inline(Relation relation) {
        RelationField forward = relation.fieldA();
        RelationField back = relation.fieldB();
        if (back == null) {
            Model model = forward.model();
            this.context.add(SchemaErrors.missingOppositeField(model.keyword(), model.name(), forward.name(),
                    forward.relatedModel().name(), forward.span()));
        }
        referencesUniqueFields(relation, forward);
        sameLength(forward);
        fieldArity(forward);
        typesMatch(forward);
        if (relation.kind() == RelationKind.ONE_TO_MANY && back != null) {
            oneToManySides(forward, back);
        }
    }

    private void referencesUniqueFields(Relation relation, RelationField forward) {
        List<ScalarField> references = forward.references;
        if (references == null || references.isEmpty()) {
            return;
        }
        Model referenced = relation.modelB();
        Set<ScalarField> referencedSet = new HashSet<>(references);
        boolean unique = criteria(referenced).stream()
            .anyMatch((criterion) -> new HashSet<>(criterion).equals(referencedSet)
                    && criterion.size() == references.size());
        List<String> names = references.stream().map(ScalarField::name).toList();
        if (!unique) {
            String hint = (names.size() == 1)
                    ? "Consider adding an `@unique` attribute to the field `" + names.get(0) + "` in the model `"
                            + referenced.name() + "`."
                    : "Consider adding an `@@unique([" + String.join(", ", names) + "])` attribute to the model `"
                            + referenced.name() + "`.";
            this.context.add(SchemaErrors.invalidRelation(
                    "The argument `references` must refer to a unique criteria in the related model. " + hint,
                    forward.span()));
            return;
        }
        if (references.size() > 1 && !this.context.has(Capability.RELATION_FIELDS_IN_ARBITRARY_ORDER)
                && criteria(referenced).stream().noneMatch((criterion) -> criterion.equals(references))) {
            this.context.add(SchemaErrors.relationValidation(
                    "The argument `references` must refer to a unique criteria " + "in the related model `"
                            + referenced.name() + "` using the same order of fields. Please check "
                            + "the ordering in the following fields: `" + String.join(", ", names) + "`.",
                    forward.span()));
        }
    }

    /**
     * The primary key and the unique constraints of a model, as field lists.
     */
    static List<List<ScalarField>> criteria(Model model) {
        List<List<ScalarField>> criteria = new ArrayList<>();
        if (model.primaryKey != null) {
            criteria.add(model.primaryKey.scalarFields());
        }
        for (Index index : model.indexes) {
            if (index.isUnique()) {
                criteria.add(index.scalarFields());
            }
        }
        return criteria;
    }

    private void sameLength(RelationField forward) {
        List<ScalarField> fields = forward.fields;
        List<ScalarField> references = forward.references;
        if (fields != null && references != null && fields.size() != references.size()) {
            SourceSpan span = (forward.relationAttribute != null) ? forward.relationAttribute.span() : forward.span();
            this.context.add(SchemaErrors.relationFieldCountMismatch(fields.size(), references.size(), span));
        }
    }

    private void fieldArity(RelationField forward) {
        List<ScalarField> fields = forward.fields;
        if (!forward.isRequired() || fields == null || fields.stream().allMatch(ScalarField::isRequired)) {
            return;
        }
        List<String> names = fields.stream().map(ScalarField::name).toList();
        this.context.add(SchemaErrors.relationValidation("The relation field `" + forward.name()
                + "` uses the scalar fields " + String.join(", ", names)
                + ". At least one of those fields is optional. Hence the relation field must be optional as well.",
                forward.span()));
    }

    private void typesMatch(RelationField forward) {
        List<ScalarField> fields = forward.fields;
        List<ScalarField> references = forward.references;
        if (fields == null || references == null) {
            return;
        }
        for (int i = 0; i < Math.min(fields.size(), references.size()); i++) {
            ScalarField field = fields.get(i);
            ScalarField referenced = references.get(i);
            if (!sameType(field, referenced)) {
                this.context.add(SchemaErrors.relationTypeMismatch(field.name(), forward.model().name(),
                        referenced.name(), forward.relatedModel().name(), forward.span()));
            }
        }
    }

    private static boolean sameType(ScalarField a, ScalarField b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return switch (a.kind()) {
            case SCALAR -> a.scalarType() == b.scalarType();
            case ENUM -> a.enumType() == b.enumType();
            case COMPOSITE -> a.compositeType() == b.compositeType();
            case UNSUPPORTED -> java.util.Objects.equals(a.unsupportedType(), b.unsupportedType());
            case RELATION -> false;
        };
    }

    private void oneToManySides(RelationField forward, RelationField back) {
        if (forward.fields == null || forward.fields.isEmpty()) {
            this.context.add(SchemaErrors.invalidRelation("The relation field `" + forward.name() + "` on Model `"
                    + forward.model().name() + "` must specify the `fields` argument in the @relation attribute. "
                    + "You can run `prisma format` to fix this automatically.", forward.span()));
        }
        if (forward.references == null || forward.references.isEmpty()) {
            this.context
                .add(SchemaErrors.invalidRelation(
                        "The relation field `" + forward.name() + "` on Model `" + forward.model().name()
                                + "` must specify the `references` argument in the @relation attribute.",
                        forward.span()));
        }
        if ((back.fields != null && !back.fields.isEmpty())
                || (back.references != null && !back.references.isEmpty())) {
            this.context.add(SchemaErrors.invalidRelation("The relation field `" + back.name() + "` on Model `"
                    + back.model().name() + "` must not specify the `fields` or `references` argument in the @relation "
                    + "attribute. You must only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`.", back.span()));
        }
        if (back.explicitOnDelete != null || back.explicitOnUpdate != null) {
            this.context.add(SchemaErrors.invalidRelation("The relation field `" + back.name() + "` on Model `"
                    + back.model().name() + "` must not specify the `onDelete` or `onUpdate` argument in the @relation "
                    + "attribute. You must only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`, or in case of a many to many relation, in an explicit join table.",
                    back.span()));
        }
    }

}
