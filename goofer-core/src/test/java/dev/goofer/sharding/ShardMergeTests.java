package dev.goofer.sharding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.goofer.execution.QueryOptions;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every read through the router returns what the same read returns on one database
 * holding all the data: a random but reproducible workload on three shards and a
 * reference database of one kind.
 */
abstract class ShardMergeTests extends ShardedDatabases {

    private static final long SEED = 20240601L;

    private TenantWorkload workload;

    @BeforeEach
    void insertWorkload() {
        this.workload = new TenantWorkload(SEED);
        this.workload.insertInto(db);
        this.workload.insertInto(reference);
    }

    private TenantQueries queries(long seed) {
        return new TenantQueries(seed, db, this.workload);
    }

    @Test
    void theDataIsSpreadOverAllShards() {
        long total = 0;
        for (String shard : SHARDS) {
            long customers = count(shard, "Customer");
            assertThat(customers).isPositive();
            total += customers;
            assertThat(count(shard, "Country")).isEqualTo(4);
        }
        assertThat(total).isEqualTo(this.workload.customers());
        assertThat(count("s0", "AuditEntry")).isEqualTo(10);
    }

    @Test
    void findManyMatchesOneDatabase() {
        TenantQueries queries = queries(SEED + 1);
        for (int i = 0; i < 300; i++) {
            sameRows(i, queries.customerFindMany(false));
        }
        assertThat(decisions).extracting(RoutingDecision::reason)
            .contains(RoutingDecision.Reason.FAN_OUT, RoutingDecision.Reason.SHARD_KEY);
        assertThat(decisions).filteredOn((decision) -> decision.reason() == RoutingDecision.Reason.SHARD_KEY)
            .extracting(RoutingDecision::fanOut)
            .contains(1, 2);
    }

    @Test
    void findManyWithIncludesAndCountsMatchesOneDatabase() {
        TenantQueries queries = queries(SEED + 2);
        for (int i = 0; i < 120; i++) {
            sameRows(i, queries.customerFindMany(true));
        }
    }

    @Test
    void relationsAcrossShardsMatchOneDatabase() {
        TenantQueries queries = queries(SEED + 3);
        for (int i = 0; i < 40; i++) {
            sameRows(i, queries.reviewFindMany());
            sameRows(i, queries.countryFindMany());
            sameRows(i, queries.orderFindMany());
        }
    }

    @Test
    void countsMatchOneDatabase() {
        TenantQueries queries = queries(SEED + 4);
        for (int i = 0; i < 100; i++) {
            Operation.Count count = queries.count();
            assertThat(router.execute(count, QueryOptions.DEFAULT)).as("%d: %s", i, count)
                .isEqualTo(referenceExecutor.execute(count, QueryOptions.DEFAULT));
        }
    }

    @Test
    void aggregatesMatchOneDatabase() {
        TenantQueries queries = queries(SEED + 5);
        for (int i = 0; i < 100; i++) {
            Operation.Aggregate aggregate = queries.aggregate();
            sameValues(i + ": " + aggregate, router.execute(aggregate, QueryOptions.DEFAULT),
                    referenceExecutor.execute(aggregate, QueryOptions.DEFAULT));
        }
    }

    @Test
    void groupByMatchesOneDatabase() {
        TenantQueries queries = queries(SEED + 6);
        for (int i = 0; i < 150; i++) {
            Operation.GroupBy groupBy = queries.groupBy();
            List<Map<String, Object>> actual = router.execute(groupBy, QueryOptions.DEFAULT);
            List<Map<String, Object>> expected = referenceExecutor.execute(groupBy, QueryOptions.DEFAULT);
            if (!orderedGroups(groupBy)) {
                actual = sortedGroups(actual);
                expected = sortedGroups(expected);
            }
            assertThat(actual).as("%d: %s", i, groupBy).hasSameSizeAs(expected);
            for (int row = 0; row < expected.size(); row++) {
                sameValues(i + ": " + groupBy, actual.get(row), expected.get(row));
            }
        }
    }

    private static void sameRows(int index, Operation.FindMany find) {
        List<Row> actual = router.execute(find, QueryOptions.DEFAULT);
        List<Row> expected = referenceExecutor.execute(find, QueryOptions.DEFAULT);
        if (FindManyReader.effectiveOrder(find.model(), find.args(), false).isEmpty()) {
            actual = sorted(actual);
            expected = sorted(expected);
        }
        assertThat(actual).as("%d: %s", index, find).isEqualTo(expected);
    }

    private static List<Row> sorted(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::toString));
        return sorted;
    }

    private static boolean orderedGroups(Operation.GroupBy groupBy) {
        List<String> ordered = new ArrayList<>();
        for (dev.goofer.query.OrderBy key : groupBy.orderBy()) {
            if (key instanceof dev.goofer.query.OrderBy.Field field) {
                ordered.add(field.field().name());
            }
        }
        for (ScalarFieldMeta field : groupBy.by()) {
            if (!ordered.contains(field.name())) {
                return false;
            }
        }
        return true;
    }

    private static List<Map<String, Object>> sortedGroups(List<Map<String, Object>> groups) {
        List<Map<String, Object>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing((group) -> String.valueOf(group.get("tenantId")) + "/" + group.get("plan")
                + "/" + group.get("countryCode")));
        return sorted;
    }

    private static void sameValues(String description, Map<String, ?> actual, Map<String, ?> expected) {
        assertThat(actual.keySet()).as(description).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, ?> entry : expected.entrySet()) {
            Object value = actual.get(entry.getKey());
            Object wanted = entry.getValue();
            String what = description + " " + entry.getKey();
            if (wanted instanceof Double real) {
                assertThat(value).as(what).isInstanceOf(Double.class);
                assertThat((Double) value).as(what).isCloseTo(real, within(Math.abs(real) * 1e-12 + 1e-12));
            }
            else if (wanted instanceof BigDecimal decimal) {
                assertThat(value).as(what).isInstanceOf(BigDecimal.class);
                assertThat((BigDecimal) value).as(what).isEqualByComparingTo(decimal);
            }
            else {
                assertThat(value).as(what).isEqualTo(wanted);
            }
        }
    }

}
