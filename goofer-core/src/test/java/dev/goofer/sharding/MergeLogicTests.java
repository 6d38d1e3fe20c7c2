package dev.goofer.sharding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.GooferSchema;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.Filter;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Row;
import dev.goofer.sql.MySqlDialect;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.sql.SqliteDialect;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pieces of the merges: value order per dialect, k-way merge, windows, aggregate
 * combination and {@code having} on merged groups.
 */
class MergeLogicTests {

    private static final ValueOrder POSTGRES = new ValueOrder(GooferSchema.SCHEMA, PostgresDialect.INSTANCE,
            NaturalOrder.CODE_POINT);

    private static final ValueOrder MYSQL = new ValueOrder(GooferSchema.SCHEMA, MySqlDialect.INSTANCE,
            NaturalOrder.CODE_POINT);

    private static final ValueOrder SQLITE = new ValueOrder(GooferSchema.SCHEMA, SqliteDialect.INSTANCE,
            NaturalOrder.CODE_POINT);

    private static Row customer(String id, @Nullable Integer score, @Nullable BigDecimal balance, String plan) {
        ModelMeta model = CustomerFields.META;
        @Nullable Object[] values = new Object[model.fields().size()];
        boolean[] loaded = new boolean[values.length];
        values[0] = 1;
        values[1] = id;
        values[4] = plan;
        values[5] = score;
        values[6] = balance;
        Arrays.fill(loaded, 0, 10, true);
        return new Row(model, values, loaded, null);
    }

    private static List<String> ids(List<Row> rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach((row) -> ids.add(row.get(1)));
        return ids;
    }

    private static OrderBy.Field order(dev.goofer.client.Field<?, ?> field, SortOrder direction,
            OrderBy.@Nullable Nulls nulls) {
        return new OrderBy.Field(field.meta(), direction, nulls);
    }

    @Test
    void nullsSortAsEachDatabaseSortsThem() {
        OrderBy.Field ascending = order(CustomerFields.BALANCE, SortOrder.ASC, null);
        OrderBy.Field descending = order(CustomerFields.BALANCE, SortOrder.DESC, null);
        Row none = customer("none", 1, null, "FREE");
        Row some = customer("some", 1, BigDecimal.ONE, "FREE");
        assertThat(POSTGRES.rows(CustomerFields.META, List.of(ascending), "test").compare(none, some)).isPositive();
        assertThat(POSTGRES.rows(CustomerFields.META, List.of(descending), "test").compare(none, some)).isNegative();
        assertThat(MYSQL.rows(CustomerFields.META, List.of(ascending), "test").compare(none, some)).isNegative();
        assertThat(SQLITE.rows(CustomerFields.META, List.of(descending), "test").compare(none, some)).isPositive();
        OrderBy.Field first = order(CustomerFields.BALANCE, SortOrder.DESC, OrderBy.Nulls.FIRST);
        OrderBy.Field last = order(CustomerFields.BALANCE, SortOrder.ASC, OrderBy.Nulls.LAST);
        assertThat(MYSQL.rows(CustomerFields.META, List.of(first), "test").compare(none, some)).isNegative();
        assertThat(MYSQL.rows(CustomerFields.META, List.of(last), "test").compare(none, some)).isPositive();
    }

    @Test
    void enumsSortInDeclarationOrderExceptOnSqlite() {
        OrderBy.Field plan = order(CustomerFields.PLAN, SortOrder.ASC, null);
        Row trial = customer("t", 1, null, "trial");
        Row free = customer("f", 1, null, "FREE");
        assertThat(POSTGRES.rows(CustomerFields.META, List.of(plan), "test").compare(trial, free)).isNegative();
        assertThat(MYSQL.rows(CustomerFields.META, List.of(plan), "test").compare(trial, free)).isNegative();
        assertThat(SQLITE.rows(CustomerFields.META, List.of(plan), "test").compare(trial, free)).isPositive();
    }

    @Test
    void valuesCompareAcrossJavaTypesAndStringsByCodePoint() {
        assertThat(NaturalOrder.compare(2, 10L)).isNegative();
        assertThat(NaturalOrder.compare(new BigDecimal("2.50"), 2.5)).isZero();
        assertThat(NaturalOrder.compare(Double.NaN, 1e300)).isPositive();
        assertThat(NaturalOrder.compare("Z", "a")).isNegative();
        assertThat(NaturalOrder.compare("\uFFFD", "\uD83D\uDE00")).isNegative();
        assertThat(NaturalOrder.compare(Instant.EPOCH, Instant.EPOCH.plusMillis(1))).isNegative();
        assertThat(NaturalOrder.compare(false, true)).isNegative();
        assertThat(NaturalOrder.compare("b", "A", String.CASE_INSENSITIVE_ORDER)).isPositive();
    }

    @Test
    void rowsOrderedByRelationsCannotBeMerged() {
        OrderBy count = new OrderBy.RelationCount(CustomerFields.ORDERS.meta(), SortOrder.DESC);
        assertThatExceptionOfType(ShardRoutingException.class)
            .isThrownBy(() -> POSTGRES.rows(CustomerFields.META, List.of(count), "Customer.find_many"))
            .withMessageContaining("not by the count of orders");
    }

    @Test
    void kWayMergeKeepsTheOrderAndTheShardOrderOfTies() {
        List<OrderBy> byScore = List.of(order(CustomerFields.SCORE, SortOrder.DESC, null));
        List<Row> s0 = List.of(customer("a", 9, null, "FREE"), customer("b", 5, null, "FREE"));
        List<Row> s1 = List.of(customer("c", 9, null, "FREE"), customer("d", 1, null, "FREE"));
        List<Row> s2 = List.of();
        List<Row> merged = Rows.merge(List.of(s0, s1, s2), POSTGRES.rows(CustomerFields.META, byScore, "test"));
        assertThat(ids(merged)).containsExactly("a", "c", "b", "d");
    }

    @Test
    void windowsSkipTakeAndDistinctLikeOneDatabase() {
        List<Row> rows = List.of(customer("a", 1, null, "FREE"), customer("b", 2, null, "PRO"),
                customer("c", 3, null, "FREE"), customer("d", 4, null, "trial"), customer("e", 5, null, "PRO"));
        assertThat(ids(Rows.window(rows, List.of(), 1, 2))).containsExactly("b", "c");
        assertThat(ids(Rows.window(rows, List.of(), 1, -2))).containsExactly("c", "d");
        assertThat(ids(Rows.window(rows, List.of(), 10, 2))).isEmpty();
        assertThat(ids(Rows.window(rows, List.of(CustomerFields.PLAN.meta()), null, null))).containsExactly("a", "b",
                "d");
        assertThat(ids(Rows.window(rows, List.of(CustomerFields.PLAN.meta()), null, -2))).containsExactly("d", "e");
        assertThat(ids(Rows.window(rows, List.of(CustomerFields.PLAN.meta()), 1, 1))).containsExactly("b");
    }

    @Test
    void averagesComeFromSumsAndCountsOfEveryShard() {
        Aggregation avg = new Aggregation(Aggregation.Function.AVG, CustomerFields.SCORE.meta());
        Aggregation min = new Aggregation(Aggregation.Function.MIN, CustomerFields.BALANCE.meta());
        Aggregation all = new Aggregation(Aggregation.Function.COUNT, null);
        List<Aggregation> requested = List.of(all, avg, min);
        assertThat(Aggregates.partials(requested)).extracting(Aggregation::key)
            .containsExactly("_count._all", "_sum.score", "_count.score", "_min.balance");
        List<Map<String, Object>> shards = new ArrayList<>();
        shards.add(partial(3L, 30L, 3L, new BigDecimal("5.00")));
        shards.add(partial(1L, 1L, 1L, new BigDecimal("2.50")));
        shards.add(partial(0L, null, 0L, null));
        Map<String, @Nullable Object> combined = Aggregates.combine(shards, requested, POSTGRES);
        assertThat(combined).containsEntry("_count._all", 4L)
            .containsEntry("_avg.score", 7.75)
            .containsEntry("_min.balance", new BigDecimal("2.50"));
        Map<String, @Nullable Object> empty = Aggregates.combine(List.of(partial(0L, null, 0L, null)), requested,
                POSTGRES);
        assertThat(empty).containsEntry("_count._all", 0L).containsEntry("_avg.score", null);
    }

    private static Map<String, Object> partial(long count, @Nullable Long sum, long counted, @Nullable BigDecimal min) {
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("_count._all", count);
        partial.put("_sum.score", sum);
        partial.put("_count.score", counted);
        partial.put("_min.balance", min);
        return partial;
    }

    @Test
    void sumsKeepTheTypesOfOneDatabase() {
        Aggregation score = new Aggregation(Aggregation.Function.SUM, CustomerFields.SCORE.meta());
        Aggregation balance = new Aggregation(Aggregation.Function.SUM, CustomerFields.BALANCE.meta());
        Aggregation rating = new Aggregation(Aggregation.Function.SUM, CustomerFields.RATING.meta());
        Row a = new Row(CustomerFields.META, values(5, new BigDecimal("1.10"), 0.5), loaded(), null);
        Row b = new Row(CustomerFields.META, values(7, null, 1.25), loaded(), null);
        Map<String, @Nullable Object> sums = Aggregates.compute(List.of(a, b), List.of(score, balance, rating),
                POSTGRES);
        assertThat(sums).containsEntry("_sum.score", 12L)
            .containsEntry("_sum.balance", new BigDecimal("1.10"))
            .containsEntry("_sum.rating", 1.75);
    }

    private static @Nullable Object[] values(int score, @Nullable BigDecimal balance, double rating) {
        @Nullable Object[] values = new Object[CustomerFields.META.fields().size()];
        values[5] = score;
        values[6] = balance;
        values[7] = rating;
        return values;
    }

    private static boolean[] loaded() {
        boolean[] loaded = new boolean[CustomerFields.META.fields().size()];
        Arrays.fill(loaded, 0, 10, true);
        return loaded;
    }

    @Test
    void havingUsesThreeValuedLogic() {
        HavingFilter having = new HavingFilter(POSTGRES);
        Aggregation avg = new Aggregation(Aggregation.Function.AVG, CustomerFields.RATING.meta());
        Map<String, @Nullable Object> group = new LinkedHashMap<>();
        group.put("plan", "PRO");
        group.put(avg.key(), null);
        Filter low = new Filter.AggregateCompare(avg, Filter.CompareOperator.LT, 2.5);
        assertThat(having.matches(low, group, "test")).isFalse();
        assertThat(having.matches(new Filter.Not(low), group, "test")).isFalse();
        Filter isPro = new Filter.Compare(CustomerFields.PLAN.meta(), Filter.CompareOperator.EQUALS, "PRO", false);
        assertThat(having.matches(new Filter.Or(List.of(low, isPro)), group, "test")).isTrue();
        assertThat(having.matches(new Filter.And(List.of(low, isPro)), group, "test")).isFalse();
        group.put(avg.key(), 1.5);
        assertThat(having.matches(new Filter.And(List.of(low, isPro)), group, "test")).isTrue();
        assertThatExceptionOfType(ShardRoutingException.class).isThrownBy(() -> having.matches(
                new Filter.Compare(CustomerFields.SCORE.meta(), Filter.CompareOperator.EQUALS, 1, false), group,
                "Customer.group_by"))
            .withMessageContaining("\"score\", which is not a grouping field");
    }

}
