package dev.goofer.ddl.diff;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The ordered changes that take one catalog to another.
 *
 * @param changes the changes, in execution order
 */
public record Migration(List<SchemaChange> changes) {

    public Migration {
        changes = List.copyOf(changes);
    }

    /**
     * Whether the two catalogs are the same.
     * @return whether there is nothing to do
     */
    public boolean isEmpty() {
        return this.changes.isEmpty();
    }

    /**
     * Return the changes as report lines, one per change (a table alteration may take
     * several).
     * @return the description
     */
    public String describe() {
        return this.changes.stream()
            .map((c) -> "- " + c.describe().replace("\n", "\n- "))
            .collect(Collectors.joining("\n"));
    }

}
