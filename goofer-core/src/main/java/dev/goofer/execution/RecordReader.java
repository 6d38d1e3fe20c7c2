package dev.goofer.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.FindArgs;
import dev.goofer.query.Projection;
import dev.goofer.query.Row;
import dev.goofer.sql.BoundSql;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.RelationScope;
import dev.goofer.sql.SelectSpec;
import org.jspecify.annotations.Nullable;

/**
 * Reads records with their includes and relation counts. Each include level costs one
 * statement per relation (per chunk of {@value #CHUNK} parents, padded to a power of
 * two): parents' keys go into an {@code IN} list, and paging per parent uses
 * {@code ROW_NUMBER()}. {@code distinct} is applied in memory before paging, as Prisma
 * does.
 */
final class RecordReader {

    static final int CHUNK = 1024;

    /** The key of the one group of records read without a relation scope. */
    private static final Object UNSCOPED = List.of();

    private final ExecutorContext context;

    /** The plans of reads of whole records (no select, include or distinct), by model. */
    private final Map<ModelMeta, ReadPlan> wholeRecordPlans = new ConcurrentHashMap<>();

    RecordReader(ExecutorContext context) {
        this.context = context;
    }

    List<Row> read(Session session, ModelMeta model, FindArgs args, Projection projection) {
        ReadPlan plan = plan(model, projection, args.distinct());
        List<RowBuilder> builders = fetch(session, plan, args, projection, null).getOrDefault(UNSCOPED, List.of());
        loadIncludes(session, model, builders, projection);
        List<Row> rows = new ArrayList<>(builders.size());
        builders.forEach((builder) -> rows.add(builder.build()));
        return rows;
    }

    /**
     * Fetch records, grouped by the parent key of {@code scope} (one group keyed by the
     * {@link #UNSCOPED} without a scope), each group in order and paged.
     */
    private Map<Object, List<RowBuilder>> fetch(Session session, ReadPlan plan, FindArgs args, Projection projection,
            @Nullable RelationScope scope) {
        Paging paging = Paging.of(plan.model(), args, scope != null);
        boolean inMemory = !args.distinct().isEmpty();
        Integer limit = inMemory ? null : paging.limit();
        Integer offset = inMemory ? null : args.skip();
        List<ScalarFieldMeta> linkFields = (scope != null)
                ? RelationScope.linkFields(scope.parent(), plan.model(), scope.relation()) : List.of();
        int[] linkColumns = (scope != null)
                ? RelationScope.linkColumnsIn(scope.parent(), plan.model(), scope.relation(), plan.columns()) : null;
        int[] linkPositions = (linkColumns != null) ? plan.positions(linkColumns) : null;
        Map<Object, List<RowBuilder>> groups = new LinkedHashMap<>();
        List<RowBuilder> unscoped = null;
        if (scope == null) {
            unscoped = new ArrayList<>();
            groups.put(UNSCOPED, unscoped);
        }
        List<List<List<Object>>> chunks = (scope != null) ? chunks(scope.parentKeys())
                : Collections.singletonList(null);
        for (List<List<Object>> chunk : chunks) {
            RelationScope chunkScope = (scope != null)
                    ? new RelationScope(scope.parent(), scope.relation(), chunk, scope.perParent()) : null;
            SelectSpec spec = new SelectSpec(plan.model(), args.where(), paging.orderBy(), limit, offset, args.cursor(),
                    plan.columns(), projection.counts(), chunkScope);
            BoundSql sql = this.context.renderer().select(spec);
            Dialect dialect = session.dialect();
            List<RowBuilder> read = session.query(plan.model(), sql,
                    (resultSet) -> readRow(dialect, resultSet, plan, projection, linkFields, linkPositions));
            if (unscoped != null) {
                unscoped.addAll(read);
                continue;
            }
            // Rows mostly arrive grouped (ordered by parent), so look a group up only
            // when the key changes.
            Object last = null;
            List<RowBuilder> group = null;
            for (RowBuilder builder : read) {
                Object key = builder.link;
                if (group == null || !Objects.equals(key, last)) {
                    group = groups.computeIfAbsent(key, (k) -> new ArrayList<>());
                    last = key;
                }
                group.add(builder);
            }
        }
        if (!inMemory && !paging.reversed()) {
            return groups;
        }
        for (Map.Entry<Object, List<RowBuilder>> group : groups.entrySet()) {
            List<RowBuilder> rows = group.getValue();
            if (inMemory) {
                rows = distinct(rows, args.distinct());
                rows = page(rows, args.skip(), paging.limit());
            }
            if (paging.reversed()) {
                rows = new ArrayList<>(rows);
                Collections.reverse(rows);
            }
            group.setValue(rows);
        }
        return groups;
    }

    /**
     * Read one record; its parent link comes from its own columns when they hold it
     * ({@code linkPositions}), else from the link columns after the counts.
     */
    private RowBuilder readRow(Dialect dialect, ResultSet resultSet, ReadPlan plan, Projection projection,
            List<ScalarFieldMeta> linkFields, int @Nullable [] linkPositions) throws SQLException {
        // Includes mark their positions loaded later, so only rows without them share
        // flags.
        RowBuilder builder = new RowBuilder(plan.model(),
                projection.includes().isEmpty() ? plan.loaded() : plan.loaded().clone());
        List<ScalarFieldMeta> columns = plan.columns();
        int[] positions = plan.positions();
        boolean table = !plan.model().view();
        for (int i = 0; i < columns.size(); i++) {
            ScalarFieldMeta column = columns.get(i);
            builder.values[positions[i]] = table ? dialect.readColumn(resultSet, i + 1, column)
                    : dialect.read(resultSet, i + 1, column);
        }
        int index = columns.size();
        for (Projection.CountInclude count : projection.counts()) {
            builder.count(count.relation().name(), resultSet.getLong(++index));
        }
        if (linkPositions != null) {
            builder.link = builder.keyOf(linkPositions);
        }
        else if (linkFields.size() == 1) {
            builder.link = RowBuilder.normalize(dialect.read(resultSet, ++index, linkFields.get(0)));
        }
        else if (!linkFields.isEmpty()) {
            List<Object> link = new ArrayList<>(linkFields.size());
            for (ScalarFieldMeta field : linkFields) {
                link.add(RowBuilder.normalize(dialect.read(resultSet, ++index, field)));
            }
            builder.link = link;
        }
        return builder;
    }

    private void loadIncludes(Session session, ModelMeta model, List<RowBuilder> parents, Projection projection) {
        for (Projection.Include include : projection.includes()) {
            RelationFieldMeta relation = include.relation();
            int position = model.position(relation.name());
            List<ScalarFieldMeta> keyFields = RelationScope.parentKeyFields(model, relation);
            int[] keyPositions = new int[keyFields.size()];
            for (int i = 0; i < keyPositions.length; i++) {
                keyPositions[i] = model.position(keyFields.get(i).name());
            }
            Object[] parentKeyOf = new Object[parents.size()];
            Set<Object> keys = new HashSet<>();
            List<List<Object>> parentKeys = new ArrayList<>();
            for (int i = 0; i < parentKeyOf.length; i++) {
                Object key = parents.get(i).keyOf(keyPositions);
                parentKeyOf[i] = key;
                if (key != null && keys.add(key)) {
                    parentKeys.add(RowBuilder.keyValues(key, keyPositions.length));
                }
            }
            Map<Object, List<Row>> related = parentKeys.isEmpty() ? Map.of()
                    : loadRelated(session, model, include, parentKeys);
            for (int i = 0; i < parentKeyOf.length; i++) {
                RowBuilder parent = parents.get(i);
                List<Row> rows = (parentKeyOf[i] != null) ? related.getOrDefault(parentKeyOf[i], List.of()) : List.of();
                parent.values[position] = relation.list() ? rows : (rows.isEmpty() ? null : rows.get(0));
                parent.loaded[position] = true;
            }
        }
    }

    private Map<Object, List<Row>> loadRelated(Session session, ModelMeta parent, Projection.Include include,
            List<List<Object>> parentKeys) {
        RelationFieldMeta relation = include.relation();
        ModelMeta target = this.context.schema().target(relation);
        FindArgs args = relation.list() ? include.args() : FindArgs.ALL;
        ReadPlan plan = plan(target, include.projection(), args.distinct());
        RelationScope scope = new RelationScope(parent, relation, parentKeys, relation.list());
        Map<Object, List<RowBuilder>> groups = fetch(session, plan, args, include.projection(), scope);
        if (!include.projection().includes().isEmpty()) {
            List<RowBuilder> all = new ArrayList<>();
            groups.values().forEach(all::addAll);
            loadIncludes(session, target, all, include.projection());
        }
        Map<Object, List<Row>> rows = new HashMap<>((int) (groups.size() / 0.75f) + 1);
        for (Map.Entry<Object, List<RowBuilder>> group : groups.entrySet()) {
            List<Row> built = new ArrayList<>(group.getValue().size());
            group.getValue().forEach((builder) -> built.add(builder.build()));
            rows.put(group.getKey(), Collections.unmodifiableList(built));
        }
        return rows;
    }

    private ReadPlan plan(ModelMeta model, Projection projection, List<ScalarFieldMeta> distinct) {
        if (projection.fields() == null && projection.includes().isEmpty() && distinct.isEmpty()) {
            return this.wholeRecordPlans.computeIfAbsent(model, (key) -> ReadPlan.of(key, projection, distinct));
        }
        return ReadPlan.of(model, projection, distinct);
    }

    private static List<List<List<Object>>> chunks(List<List<Object>> keys) {
        List<List<List<Object>>> chunks = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += CHUNK) {
            chunks.add(padded(keys.subList(start, Math.min(keys.size(), start + CHUNK))));
        }
        return chunks;
    }

    /**
     * Pad a chunk of keys to a power of two by repeating its last key, so that batches of
     * different sizes share a few statement shapes (and prepared statements).
     */
    private static List<List<Object>> padded(List<List<Object>> keys) {
        int size = Integer.highestOneBit(Math.max(1, keys.size() - 1)) << 1;
        if (keys.size() <= 1 || size == keys.size()) {
            return keys;
        }
        List<List<Object>> padded = new ArrayList<>(size);
        padded.addAll(keys);
        while (padded.size() < size) {
            padded.add(keys.get(keys.size() - 1));
        }
        return padded;
    }

    private static List<RowBuilder> distinct(List<RowBuilder> rows, List<ScalarFieldMeta> fields) {
        Set<List<Object>> seen = new HashSet<>();
        List<RowBuilder> distinct = new ArrayList<>();
        for (RowBuilder row : rows) {
            if (seen.add(row.key(fields))) {
                distinct.add(row);
            }
        }
        return distinct;
    }

    private static List<RowBuilder> page(List<RowBuilder> rows, @Nullable Integer skip, @Nullable Integer limit) {
        int from = Math.min(rows.size(), (skip != null) ? skip : 0);
        int to = (limit != null) ? Math.min(rows.size(), from + limit) : rows.size();
        return rows.subList(from, to);
    }

}
