package dev.goofer.execution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.query.Projection;
import dev.goofer.sql.RelationScope;

/**
 * The columns one read selects for a projection: the projected fields, then the hidden
 * ones that includes and {@code distinct} need, with their positions in the row.
 *
 * @param model the model
 * @param columns the selected columns
 * @param positions the field position of each column
 * @param visible how many leading columns are projected (the rest are hidden)
 * @param loaded which field positions a record read by this plan has loaded before its
 * includes: shared by the records of a read without includes, so never modified
 */
record ReadPlan(ModelMeta model, List<ScalarFieldMeta> columns, int[] positions, int visible, boolean[] loaded) {

    static ReadPlan of(ModelMeta model, Projection projection, List<ScalarFieldMeta> distinct) {
        Set<ScalarFieldMeta> columns = new LinkedHashSet<>(
                (projection.fields() != null) ? projection.fields() : clientFields(model));
        int visible = columns.size();
        for (Projection.Include include : projection.includes()) {
            columns.addAll(RelationScope.parentKeyFields(model, include.relation()));
        }
        columns.addAll(distinct);
        List<ScalarFieldMeta> list = new ArrayList<>(columns);
        int[] positions = new int[list.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = model.position(list.get(i).name());
        }
        boolean[] loaded = new boolean[model.fields().size()];
        for (int i = 0; i < visible; i++) {
            loaded[positions[i]] = true;
        }
        return new ReadPlan(model, list, positions, visible, loaded);
    }

    static List<ScalarFieldMeta> clientFields(ModelMeta model) {
        List<ScalarFieldMeta> fields = new ArrayList<>();
        for (ScalarFieldMeta field : model.scalarFields()) {
            if (!field.ignored() && field.type() != ScalarType.UNSUPPORTED) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * Return the field positions of some columns.
     * @param columnIndexes indexes into {@link #columns()}
     * @return the field position of each
     */
    int[] positions(int[] columnIndexes) {
        int[] positions = new int[columnIndexes.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = this.positions[columnIndexes[i]];
        }
        return positions;
    }

    int position(ScalarFieldMeta field) {
        return this.model.position(field.name());
    }

}
