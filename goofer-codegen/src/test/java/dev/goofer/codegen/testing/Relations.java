package dev.goofer.codegen.testing;

import java.util.List;
import java.util.Map;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import org.jspecify.annotations.Nullable;

/**
 * Resolves relation fields from both sides, with Prisma's default relation names
 * ({@code PostToUser}), referential actions and join tables ({@code _PostToTag} with
 * columns {@code A} and {@code B}).
 */
final class Relations {

    private final Map<String, ModelSpec> models;

    Relations(Map<String, ModelSpec> models) {
        this.models = models;
    }

    RelationFieldMeta resolve(ModelSpec model, RelationSpec field) {
        ModelSpec target = this.models.get(field.target);
        if (target == null) {
            throw new IllegalStateException("Unknown model " + field.target);
        }
        String relationName = relationName(model, field);
        RelationSpec opposite = opposite(model, field, target, relationName);
        String oppositeName = (opposite != null) ? opposite.name : null;
        if (!field.fields.isEmpty()) {
            return new RelationFieldMeta(field.name, target.name, field.optional, field.list, relationName,
                    RelationKind.FORWARD, oppositeName, field.fields, field.references, onDelete(model, field),
                    ReferentialAction.CASCADE, model.constraint(field.fields.toArray(String[]::new), "fkey"), null,
                    field.ignored, field.documentation);
        }
        if (opposite != null && !opposite.fields.isEmpty()) {
            return new RelationFieldMeta(field.name, target.name, field.optional, field.list, relationName,
                    RelationKind.BACK, oppositeName, opposite.fields, opposite.references, onDelete(target, opposite),
                    ReferentialAction.CASCADE, null, null, field.ignored, field.documentation);
        }
        if (opposite != null && field.list && opposite.list) {
            boolean first = (model == target) ? field.name.compareTo(opposite.name) < 0
                    : model.name.compareTo(target.name) < 0;
            JoinTable table = new JoinTable("_" + relationName, null, first ? "A" : "B", first ? "B" : "A",
                    model.idField(), target.idField());
            return new RelationFieldMeta(field.name, target.name, false, true, relationName,
                    RelationKind.IMPLICIT_MANY_TO_MANY, oppositeName, List.of(), List.of(), ReferentialAction.CASCADE,
                    ReferentialAction.CASCADE, null, table, field.ignored, field.documentation);
        }
        throw new IllegalStateException("Cannot resolve relation " + model.name + "." + field.name);
    }

    private static String relationName(ModelSpec model, RelationSpec field) {
        if (field.relationName != null) {
            return field.relationName;
        }
        return (model.name.compareTo(field.target) <= 0) ? model.name + "To" + field.target
                : field.target + "To" + model.name;
    }

    private static @Nullable RelationSpec opposite(ModelSpec model, RelationSpec field, ModelSpec target,
            String relationName) {
        for (Spec candidate : target.fields) {
            if (candidate instanceof RelationSpec relation && relation != field && relation.target.equals(model.name)
                    && relationName(target, relation).equals(relationName)) {
                return relation;
            }
        }
        return null;
    }

    private static ReferentialAction onDelete(ModelSpec model, RelationSpec forward) {
        if (forward.onDelete != null) {
            return forward.onDelete;
        }
        for (String name : forward.fields) {
            FieldSpec scalar = model.scalar(name);
            if (scalar == null || !scalar.optional) {
                return ReferentialAction.RESTRICT;
            }
        }
        return ReferentialAction.SET_NULL;
    }

}
