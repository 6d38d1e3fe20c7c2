package dev.goofer.query;

import java.util.List;

/**
 * The data of one record to create: scalar values and nested relation writes.
 *
 * @param values the scalar values, in the order they were set
 * @param relations the nested writes ({@code create}, {@code connect},
 * {@code connectOrCreate}, {@code createMany})
 */
public record CreateData(List<FieldValue> values, List<NestedWrite> relations) {

    public CreateData {
        values = List.copyOf(values);
        relations = List.copyOf(relations);
    }

}
