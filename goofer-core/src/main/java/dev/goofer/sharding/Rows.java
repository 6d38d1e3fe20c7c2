package dev.goofer.sharding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Row;
import org.jspecify.annotations.Nullable;

/**
 * Row helpers of the merges: key values, k-way merge, in-memory windows and rebuilding
 * rows with relations, counts or fewer fields.
 */
final class Rows {

    private Rows() {
    }

    /** Return the normalized values of some fields, for grouping and deduplication. */
    static List<@Nullable Object> key(Row row, List<ScalarFieldMeta> fields) {
        List<@Nullable Object> key = new ArrayList<>(fields.size());
        for (ScalarFieldMeta field : fields) {
            key.add(normalize(row.get(row.model().position(field.name()))));
        }
        return key;
    }

    static @Nullable Object normalize(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        Object normalized = ShardKey.normalize(value);
        return (normalized instanceof byte[] bytes) ? dev.goofer.types.Bytes.of(bytes) : normalized;
    }

    /**
     * Merge lists that are each sorted by {@code order} into one sorted list; ties keep
     * the order of the lists.
     */
    static List<Row> merge(List<List<Row>> lists, Comparator<Row> order) {
        int total = 0;
        for (List<Row> list : lists) {
            total += list.size();
        }
        List<Row> merged = new ArrayList<>(total);
        PriorityQueue<int[]> heads = new PriorityQueue<>((a, b) -> {
            int comparison = order.compare(lists.get(a[0]).get(a[1]), lists.get(b[0]).get(b[1]));
            return (comparison != 0) ? comparison : Integer.compare(a[0], b[0]);
        });
        for (int i = 0; i < lists.size(); i++) {
            if (!lists.get(i).isEmpty()) {
                heads.add(new int[] { i, 0 });
            }
        }
        while (!heads.isEmpty()) {
            int[] head = heads.poll();
            List<Row> list = lists.get(head[0]);
            merged.add(list.get(head[1]));
            if (head[1] + 1 < list.size()) {
                heads.add(new int[] { head[0], head[1] + 1 });
            }
        }
        return merged;
    }

    /**
     * Apply {@code distinct}, {@code skip} and {@code take} to rows in query order, as
     * one database does: a negative take counts from the end, and then distinct keeps the
     * last row of each combination and skip skips from the end.
     */
    static List<Row> window(List<Row> ordered, List<ScalarFieldMeta> distinct, @Nullable Integer skip,
            @Nullable Integer take) {
        boolean reversed = take != null && take < 0;
        List<Row> rows = ordered;
        if (reversed) {
            rows = new ArrayList<>(rows);
            Collections.reverse(rows);
        }
        if (!distinct.isEmpty()) {
            Set<List<@Nullable Object>> seen = new HashSet<>();
            List<Row> kept = new ArrayList<>();
            for (Row row : rows) {
                if (seen.add(key(row, distinct))) {
                    kept.add(row);
                }
            }
            rows = kept;
        }
        int from = Math.min(rows.size(), (skip != null) ? skip : 0);
        int to = (take != null) ? (int) Math.min(rows.size(), (long) from + Math.abs((long) take)) : rows.size();
        List<Row> result = new ArrayList<>(rows.subList(from, to));
        if (reversed) {
            Collections.reverse(result);
        }
        return result;
    }

    /** Return a copy of a row with one more relation value, loaded. */
    static Row withRelation(Row row, int position, @Nullable Object value) {
        ModelMeta model = row.model();
        @Nullable Object[] values = values(row);
        boolean[] loaded = loaded(row);
        values[position] = value;
        loaded[position] = true;
        return new Row(model, values, loaded, row.counts());
    }

    /** Return a copy of a row with more relation counts. */
    static Row withCounts(Row row, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        if (row.counts() != null) {
            all.putAll(row.counts());
        }
        all.putAll(counts);
        return new Row(row.model(), values(row), loaded(row), all);
    }

    /**
     * Return a copy of a row where the fields at {@code cleared} are not loaded and
     * {@code null}, and those at {@code hidden} are not loaded but keep their value.
     */
    static Row strip(Row row, Set<Integer> cleared, Set<Integer> hidden) {
        if (cleared.isEmpty() && hidden.isEmpty()) {
            return row;
        }
        @Nullable Object[] values = values(row);
        boolean[] loaded = loaded(row);
        for (int position : cleared) {
            values[position] = null;
            loaded[position] = false;
        }
        for (int position : hidden) {
            loaded[position] = false;
        }
        return new Row(row.model(), values, loaded, row.counts());
    }

    private static @Nullable Object[] values(Row row) {
        @Nullable Object[] values = new Object[row.model().fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return values;
    }

    private static boolean[] loaded(Row row) {
        boolean[] loaded = new boolean[row.model().fields().size()];
        for (int i = 0; i < loaded.length; i++) {
            loaded[i] = row.isLoaded(i);
        }
        return loaded;
    }

}
