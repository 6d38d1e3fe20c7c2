package dev.goofer.query;

import java.util.List;

/**
 * The changes of an update: scalar updates and nested relation writes.
 *
 * @param updates the scalar changes, in the order they were set
 * @param relations the nested writes
 */
public record UpdateData(List<FieldUpdate> updates, List<NestedWrite> relations) {

    public UpdateData {
        updates = List.copyOf(updates);
        relations = List.copyOf(relations);
    }

    /**
     * Whether the update changes nothing.
     * @return whether there are neither scalar changes nor nested writes
     */
    public boolean isEmpty() {
        return this.updates.isEmpty() && this.relations.isEmpty();
    }

}
