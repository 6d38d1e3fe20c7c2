package dev.goofer.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * Restricts a {@code SELECT} to the records related to a batch of parent records, for
 * loading an include with one statement per batch.
 *
 * @param parent the parent model
 * @param relation the relation field of the parent
 * @param parentKeys the parent key values ({@link #parentKeyFields()}), one list per
 * parent
 * @param perParent whether limit and offset apply per parent rather than to the whole
 * result
 */
public record RelationScope(ModelMeta parent, RelationFieldMeta relation, List<List<Object>> parentKeys,
        boolean perParent) {

    public RelationScope {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(relation, "relation");
        parentKeys = List.copyOf(parentKeys);
    }

    /**
     * Return the parent fields whose values identify the related records.
     * @param parent the parent model
     * @param relation the relation field of the parent
     * @return the parent fields
     */
    public static List<ScalarFieldMeta> parentKeyFields(ModelMeta parent, RelationFieldMeta relation) {
        List<String> names;
        if (relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            names = List.of(Objects.requireNonNull(relation.joinTable()).selfReference());
        }
        else {
            names = (relation.kind() == RelationKind.FORWARD) ? relation.fields() : relation.references();
        }
        return fields(parent, names);
    }

    /**
     * Return the fields of the related model that the link columns are read as.
     * @param parent the parent model
     * @param target the related model
     * @param relation the relation field of the parent
     * @return the link fields, in the order of {@link #parentKeyFields}
     */
    public static List<ScalarFieldMeta> linkFields(ModelMeta parent, ModelMeta target, RelationFieldMeta relation) {
        if (relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            JoinTable join = Objects.requireNonNull(relation.joinTable());
            ScalarFieldMeta reference = parent.scalarField(join.selfReference());
            return List.of(new ScalarFieldMeta(reference.name(), join.selfColumn(), reference.type(),
                    reference.enumName(), false, false, reference.nativeType(), null, false, false, null, null));
        }
        return fields(target, (relation.kind() == RelationKind.FORWARD) ? relation.references() : relation.fields());
    }

    /**
     * Return where the link fields sit among the selected columns when the related
     * model's own columns hold them all (one-to-one and one-to-many links), so that they
     * are not selected twice; {@code null} when the link needs columns of its own (a
     * join-table link, or a link field that is not selected).
     * @param parent the parent model
     * @param target the related model
     * @param relation the relation field of the parent
     * @param columns the columns selected from the related model
     * @return the column index of each link field, or {@code null}
     */
    public static int @Nullable [] linkColumnsIn(ModelMeta parent, ModelMeta target, RelationFieldMeta relation,
            List<ScalarFieldMeta> columns) {
        if (relation.kind() == RelationKind.IMPLICIT_MANY_TO_MANY) {
            return null;
        }
        List<ScalarFieldMeta> links = linkFields(parent, target, relation);
        int[] indexes = new int[links.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = columns.indexOf(links.get(i));
            if (indexes[i] < 0) {
                return null;
            }
        }
        return indexes;
    }

    private static List<ScalarFieldMeta> fields(ModelMeta model, List<String> names) {
        List<ScalarFieldMeta> fields = new ArrayList<>(names.size());
        for (String name : names) {
            fields.add(model.scalarField(name));
        }
        return fields;
    }

}
