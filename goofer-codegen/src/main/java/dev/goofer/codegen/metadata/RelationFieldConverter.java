package dev.goofer.codegen.metadata;

import java.util.List;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.semantic.Relation;
import dev.goofer.schema.semantic.RelationField;
import dev.goofer.schema.semantic.ScalarField;
import org.jspecify.annotations.Nullable;

/**
 * Converts relation fields, resolved to both sides: the forward side keeps its
 * {@code fields}/{@code references} and foreign key name, the back side copies them from
 * the forward side, and implicit many-to-many sides get their view of the {@code _AToB}
 * join table (column {@code A} for the side on model A, the first model name in
 * alphabetical order, or for a self relation the first field name).
 */
final class RelationFieldConverter {

    private RelationFieldConverter() {
    }

    static RelationFieldMeta convert(RelationField field) {
        Relation relation = field.relation();
        RelationField opposite = field.opposite();
        String oppositeName = (opposite != null) ? opposite.name() : null;
        ReferentialAction onDelete = action(relation.onDelete());
        ReferentialAction onUpdate = action(relation.onUpdate());
        boolean ignored = hasIgnore(field);
        if (relation.isManyToMany()) {
            return new RelationFieldMeta(field.name(), field.relatedModel().name(), field.isOptional(), field.isList(),
                    relation.name(), RelationKind.IMPLICIT_MANY_TO_MANY, oppositeName, List.of(), List.of(), onDelete,
                    onUpdate, null, joinTable(field, relation), ignored, field.documentation());
        }
        RelationField forward = relation.referencingField();
        boolean isForward = forward == field;
        RelationField source = isForward ? field : forward;
        List<String> fields = (source != null) ? names(source.fields()) : List.of();
        List<String> references = (source != null) ? names(source.references()) : List.of();
        return new RelationFieldMeta(field.name(), field.relatedModel().name(), field.isOptional(), field.isList(),
                relation.name(), isForward ? RelationKind.FORWARD : RelationKind.BACK, oppositeName, fields, references,
                onDelete, onUpdate, isForward ? relation.foreignKeyName() : null, null, ignored, field.documentation());
    }

    private static JoinTable joinTable(RelationField field, Relation relation) {
        dev.goofer.schema.semantic.JoinTable joinTable = relation.joinTable();
        if (joinTable == null) {
            throw new IllegalStateException("Relation " + relation + " has no join table");
        }
        String referenceA = joinTable.referencedFieldA().name();
        String referenceB = joinTable.referencedFieldB().name();
        if (relation.fieldA() == field) {
            return new JoinTable(joinTable.name(), joinTable.schema(), joinTable.columnA(), joinTable.columnB(),
                    referenceA, referenceB);
        }
        return new JoinTable(joinTable.name(), joinTable.schema(), joinTable.columnB(), joinTable.columnA(), referenceB,
                referenceA);
    }

    private static List<String> names(List<ScalarField> fields) {
        return fields.stream().map(ScalarField::name).toList();
    }

    private static boolean hasIgnore(RelationField field) {
        for (Attribute attribute : field.declaration().attributes()) {
            if (!attribute.blockLevel() && attribute.name().name().equals("ignore")) {
                return true;
            }
        }
        return false;
    }

    static ReferentialAction action(dev.goofer.schema.semantic.@Nullable ReferentialAction action) {
        if (action == null) {
            throw new IllegalStateException("Relation has no referential action");
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

}
