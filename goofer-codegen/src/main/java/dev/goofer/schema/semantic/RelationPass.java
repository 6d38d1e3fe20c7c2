package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.schema.ast.FieldArity;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Relation inference: pairs every relation field with its opposite field (same related
 * model, same relation name), decides the cardinality and which side holds the foreign
 * key, and fills in names, referential action defaults and foreign key names (psl's
 * relation inference).
 */
final class RelationPass {

    private final ValidationContext context;

    private RelationPass(ValidationContext context) {
        this.context = context;
    }

    static void run(ValidationContext context) {
        RelationPass pass = new RelationPass(context);
        if (!pass.unambiguous()) {
            return;
        }
        for (Model model : context.models()) {
            for (RelationField field : model.relationFields()) {
                pass.ingest(field);
            }
        }
        context.relations.forEach(pass::complete);
    }

    /**
     * Relation fields are ambiguous when several of them in one model point to the same
     * model under the same relation name (psl's {@code relation_fields::ambiguity}).
     */
    private boolean unambiguous() {
        boolean valid = true;
        for (Model model : this.context.models()) {
            Map<String, List<RelationField>> groups = new LinkedHashMap<>();
            for (RelationField field : model.relationFields()) {
                String key = field.relatedModel().name() + "\u0000" + relationName(field);
                groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(field);
            }
            for (List<RelationField> group : groups.values()) {
                String message = RelationMessages.ambiguity(group);
                if (message != null) {
                    this.context.add(SchemaErrors.ambiguousRelation(model.keyword(), model.name(), message,
                            group.get(1).span()));
                    valid = false;
                }
            }
        }
        return valid;
    }

    private void ingest(RelationField field) {
        RelationField opposite = opposite(field);
        FieldArity arity = field.arity();
        if (opposite == null) {
            if (arity == FieldArity.LIST) {
                missingOpposite(field);
            }
            else {
                create(field, null, uniqueFields(field) ? RelationKind.ONE_TO_ONE : RelationKind.ONE_TO_MANY);
            }
            return;
        }
        FieldArity other = opposite.arity();
        if (arity == FieldArity.LIST && other == FieldArity.LIST) {
            if (comesFirstForManyToMany(field, opposite)) {
                create(field, opposite, RelationKind.IMPLICIT_MANY_TO_MANY);
            }
        }
        else if (arity == FieldArity.LIST) {
            return;
        }
        else if (other == FieldArity.LIST) {
            create(field, opposite, RelationKind.ONE_TO_MANY);
        }
        else if (isForwardSideOfOneToOne(field, opposite)) {
            create(field, opposite, RelationKind.ONE_TO_ONE);
        }
    }

    private boolean isForwardSideOfOneToOne(RelationField field, RelationField opposite) {
        FieldArity arity = field.arity();
        FieldArity other = opposite.arity();
        if (arity == FieldArity.REQUIRED && other == FieldArity.OPTIONAL) {
            return true;
        }
        if (arity == FieldArity.OPTIONAL && other == FieldArity.REQUIRED) {
            return false;
        }
        if (arity == FieldArity.OPTIONAL && field.fields != null) {
            return true;
        }
        if (arity == FieldArity.OPTIONAL && opposite.fields != null) {
            return false;
        }
        return compare(field, opposite) <= 0;
    }

    private static boolean comesFirstForManyToMany(RelationField field, RelationField opposite) {
        int byModel = field.model().name().compareTo(opposite.model().name());
        if (byModel != 0) {
            return byModel < 0;
        }
        return field.name().compareTo(opposite.name()) <= 0;
    }

    private static int compare(RelationField field, RelationField opposite) {
        int byModel = field.model().name().compareTo(opposite.model().name());
        return (byModel != 0) ? byModel : field.name().compareTo(opposite.name());
    }

    private @Nullable RelationField opposite(RelationField field) {
        boolean self = field.model() == field.relatedModel();
        for (RelationField candidate : field.relatedModel().relationFields()) {
            if (candidate.relatedModel() == field.model() && !(self && candidate == field)
                    && Objects.equals(candidate.explicitName, field.explicitName)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean uniqueFields(RelationField field) {
        List<ScalarField> fields = field.fields;
        if (fields == null) {
            return false;
        }
        return this.context.state(field.model()).indexes.stream()
            .anyMatch((index) -> index.isUnique() && index.scalarFields().equals(fields));
    }

    private void create(RelationField fieldA, @Nullable RelationField fieldB, RelationKind kind) {
        String explicit = fieldA.explicitName;
        String name = (explicit != null) ? explicit : defaultName(fieldA.model(), fieldA.relatedModel());
        Relation relation = new Relation(name, explicit != null, kind, fieldA, fieldB, fieldA.model(),
                fieldA.relatedModel());
        fieldA.relation = relation;
        if (fieldB != null) {
            fieldB.relation = relation;
        }
        this.context.relations.add(relation);
    }

    private void missingOpposite(RelationField field) {
        Model model = field.model();
        this.context.add(SchemaErrors.missingOppositeField(model.keyword(), model.name(), field.name(),
                field.relatedModel().name(), field.span()));
    }

    private void complete(Relation relation) {
        if (relation.isManyToMany()) {
            relation.onDelete = ReferentialAction.CASCADE;
            relation.onUpdate = ReferentialAction.CASCADE;
            return;
        }
        RelationField forward = relation.fieldA();
        ReferentialAction onDelete = forward.explicitOnDelete;
        if (onDelete == null) {
            boolean required = forward.fields().stream().anyMatch(ScalarField::isRequired) || forward.isRequired();
            boolean restrict = this.context.connector.allowedActions(this.context.relationMode())
                .contains(ReferentialAction.RESTRICT);
            onDelete = !required ? ReferentialAction.SET_NULL
                    : restrict ? ReferentialAction.RESTRICT : ReferentialAction.NO_ACTION;
        }
        relation.onDelete = onDelete;
        relation.onUpdate = (forward.explicitOnUpdate != null) ? forward.explicitOnUpdate : ReferentialAction.CASCADE;
        List<String> columns = forward.fields().stream().map(ScalarField::databaseName).toList();
        relation.foreignKeyName = (forward.mappedName != null) ? forward.mappedName
                : ConstraintNames.foreignKey(relation.modelA().databaseName(), columns, this.context.connector);
    }

    /**
     * The relation name of a field: explicit, or the default made of the two model names.
     */
    static String relationName(RelationField field) {
        String explicit = field.explicitName;
        return (explicit != null) ? explicit : defaultName(field.model(), field.relatedModel());
    }

    static String defaultName(Model a, Model b) {
        String first = a.name();
        String second = b.name();
        return (first.compareTo(second) < 0) ? first + "To" + second : second + "To" + first;
    }

}
