package dev.goofer.cache;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.SchemaMeta;

/**
 * The models of a schema by index, and for each model the models a write to it may change
 * through referential actions.
 */
final class SchemaIndex {

    private final int size;

    private final Map<ModelMeta, Integer> byMeta = new IdentityHashMap<>();

    private final Map<String, Integer> byName = new HashMap<>();

    private final Map<String, Integer> byTable = new HashMap<>();

    private final BitSet[] cascades;

    private final int[] all;

    private final BitSet views = new BitSet();

    SchemaIndex(SchemaMeta schema) {
        List<ModelMeta> models = schema.models();
        this.size = models.size();
        this.all = new int[this.size];
        for (int i = 0; i < this.size; i++) {
            ModelMeta model = models.get(i);
            this.byMeta.put(model, i);
            this.byName.put(model.name(), i);
            this.byTable.putIfAbsent(model.tableName().toLowerCase(Locale.ROOT), i);
            this.all[i] = i;
            if (model.view()) {
                this.views.set(i);
            }
        }
        this.cascades = cascades(models);
    }

    int size() {
        return this.size;
    }

    /** Every model, the footprint of a read whose models are unknown. */
    int[] all() {
        return this.all;
    }

    /** The index of a model, or -1 when it is not part of this schema. */
    int index(ModelMeta model) {
        Integer index = this.byMeta.get(model);
        return (index != null) ? index : index(model.name());
    }

    /**
     * The index of a model named in raw SQL declarations: by model name, else by table
     * name ignoring case; -1 when unknown.
     */
    int index(String name) {
        Integer index = this.byName.get(name);
        if (index == null) {
            index = this.byTable.get(name.toLowerCase(Locale.ROOT));
        }
        return (index != null) ? index : -1;
    }

    /**
     * Whether the model is a view: its rows come from tables the schema does not name, so
     * a read of it may change with any write.
     */
    boolean isView(int index) {
        return this.views.get(index);
    }

    /** The models a write to the given ones may change: they and their cascades. */
    Footprint closure(BitSet written) {
        BitSet closed = new BitSet(this.size);
        written.stream().forEach((model) -> closed.or(this.cascades[model]));
        return Footprint.of(closed);
    }

    /**
     * For each model, itself and every model whose rows a change of it may change: models
     * holding a foreign key to it whose {@code onDelete} or {@code onUpdate} action
     * changes rows (cascade, set null, set default), transitively.
     */
    private static BitSet[] cascades(List<ModelMeta> models) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < models.size(); i++) {
            indexes.put(models.get(i).name(), i);
        }
        BitSet[] direct = new BitSet[models.size()];
        for (int i = 0; i < models.size(); i++) {
            direct[i] = new BitSet();
        }
        for (int owner = 0; owner < models.size(); owner++) {
            for (FieldMeta field : models.get(owner).fields()) {
                Integer target = (field instanceof RelationFieldMeta relation && relation.kind() == RelationKind.FORWARD
                        && changesRows(relation)) ? indexes.get(relation.targetModel()) : null;
                if (target != null) {
                    direct[target].set(owner);
                }
            }
        }
        BitSet[] closed = new BitSet[models.size()];
        for (int i = 0; i < models.size(); i++) {
            closed[i] = reachable(i, direct);
        }
        return closed;
    }

    private static boolean changesRows(RelationFieldMeta relation) {
        return changesRows(relation.onDelete()) || changesRows(relation.onUpdate());
    }

    private static boolean changesRows(ReferentialAction action) {
        return action == ReferentialAction.CASCADE || action == ReferentialAction.SET_NULL
                || action == ReferentialAction.SET_DEFAULT;
    }

    private static BitSet reachable(int start, BitSet[] edges) {
        BitSet seen = new BitSet(edges.length);
        Deque<Integer> queue = new ArrayDeque<>();
        seen.set(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            int model = queue.poll();
            edges[model].stream().filter((next) -> !seen.get(next)).forEach((next) -> {
                seen.set(next);
                queue.add(next);
            });
        }
        return seen;
    }

}
