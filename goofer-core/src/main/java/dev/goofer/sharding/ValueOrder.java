package dev.goofer.sharding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Row;
import dev.goofer.sql.Dialect;
import dev.goofer.sql.MySqlDialect;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.sql.SqliteDialect;
import dev.goofer.types.DatabaseEnum;
import org.jspecify.annotations.Nullable;

/**
 * Compares values and rows the way the shards' database sorts them, so that merged
 * results come out in the order one database would return: nulls last ascending on
 * PostgreSQL and first on MySQL and SQLite unless {@code nulls} says otherwise, enums in
 * declaration order on PostgreSQL and MySQL (text order on SQLite), strings by the
 * configured comparator, everything else by {@link NaturalOrder}.
 */
final class ValueOrder {

    private final SchemaMeta schema;

    private final boolean nullsLargest;

    private final boolean enumsDeclared;

    private final Comparator<String> strings;

    private final boolean roundsAverages;

    private final Map<String, Map<String, Integer>> enumPositions = new ConcurrentHashMap<>();

    ValueOrder(SchemaMeta schema, Dialect dialect, Comparator<String> strings) {
        this.schema = schema;
        this.nullsLargest = dialect instanceof PostgresDialect;
        this.enumsDeclared = !(dialect instanceof SqliteDialect);
        this.roundsAverages = dialect instanceof MySqlDialect;
        this.strings = strings;
    }

    /**
     * Return the average of exact numbers as the database computes it: MySQL and MariaDB
     * round to the sum's scale plus {@code div_precision_increment} (4 by default, at
     * most 30) decimals; PostgreSQL and SQLite keep the full precision.
     */
    double average(BigDecimal sum, long count) {
        BigDecimal divisor = BigDecimal.valueOf(count);
        if (this.roundsAverages) {
            int scale = Math.min(30, Math.max(0, sum.scale()) + 4);
            return sum.divide(divisor, scale, RoundingMode.HALF_UP).doubleValue();
        }
        return sum.divide(divisor, MathContext.DECIMAL128).doubleValue();
    }

    Comparator<String> strings() {
        return this.strings;
    }

    /** Whether NULL comes first in an ordering, as the database places it. */
    boolean nullsFirst(SortOrder direction, OrderBy.@Nullable Nulls nulls) {
        return (nulls != null) ? nulls == OrderBy.Nulls.FIRST : (this.nullsLargest == (direction == SortOrder.DESC));
    }

    int compare(@Nullable ScalarFieldMeta field, @Nullable Object a, @Nullable Object b, SortOrder direction,
            OrderBy.@Nullable Nulls nulls) {
        if (a == null || b == null) {
            if (a == b) {
                return 0;
            }
            return ((a == null) == nullsFirst(direction, nulls)) ? -1 : 1;
        }
        int comparison = compareValues(field, a, b);
        return (direction == SortOrder.DESC) ? -comparison : comparison;
    }

    /** Compare two non-null values in ascending order. */
    int compareValues(@Nullable ScalarFieldMeta field, Object a, Object b) {
        if (this.enumsDeclared && field != null && field.type() == ScalarType.ENUM && field.enumName() != null) {
            Map<String, Integer> positions = this.enumPositions.computeIfAbsent(field.enumName(), this::positions);
            Integer x = positions.get(text(a));
            Integer y = positions.get(text(b));
            if (x != null && y != null) {
                return Integer.compare(x, y);
            }
        }
        return NaturalOrder.compare(a, b, this.strings);
    }

    /**
     * Return the field whose order {@code _min}/{@code _max} of an aggregate follow:
     * MySQL and MariaDB compare enum values as strings there (unlike in
     * {@code ORDER BY}), so their enum fields compare as plain text.
     */
    @Nullable ScalarFieldMeta extremeField(@Nullable ScalarFieldMeta field) {
        return (this.roundsAverages && field != null && field.type() == ScalarType.ENUM) ? null : field;
    }

    private Map<String, Integer> positions(String enumName) {
        EnumMeta enumMeta = this.schema.enumType(enumName);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < enumMeta.values().size(); i++) {
            positions.put(enumMeta.values().get(i).databaseName(), i);
        }
        return positions;
    }

    private static String text(Object value) {
        return (value instanceof DatabaseEnum databaseEnum) ? databaseEnum.databaseValue() : value.toString();
    }

    /**
     * Return the comparator of rows for an ordering of the model's own fields.
     * @throws ShardRoutingException for other ordering keys, which rows do not carry
     */
    Comparator<Row> rows(ModelMeta model, List<OrderBy> orderBy, String operation) {
        Comparator<Row> comparator = (a, b) -> 0;
        for (OrderBy key : orderBy) {
            if (!(key instanceof OrderBy.Field field)) {
                throw new ShardRoutingException(operation + " reads several shards and can only merge rows ordered by "
                        + "the model's own fields, not by " + describe(key)
                        + "; add the shard key to the condition or order by fields of \"" + model.name() + "\"");
            }
            int position = model.position(field.field().name());
            Comparator<Row> next = (a, b) -> compare(field.field(), a.get(position), b.get(position), field.direction(),
                    field.nulls());
            comparator = comparator.thenComparing(next);
        }
        return comparator;
    }

    /** Return the comparator of {@code groupBy} rows for their ordering. */
    Comparator<Map<String, @Nullable Object>> groups(List<OrderBy> orderBy) {
        Comparator<Map<String, @Nullable Object>> comparator = (a, b) -> 0;
        for (OrderBy key : orderBy) {
            Comparator<Map<String, @Nullable Object>> next;
            if (key instanceof OrderBy.Field field) {
                String name = field.field().name();
                next = (a, b) -> compare(field.field(), a.get(name), b.get(name), field.direction(), field.nulls());
            }
            else if (key instanceof OrderBy.Aggregate aggregate) {
                String name = aggregate.aggregation().key();
                Aggregation.Function function = aggregate.aggregation().function();
                ScalarFieldMeta field = (function == Aggregation.Function.MIN || function == Aggregation.Function.MAX)
                        ? extremeField(aggregate.aggregation().field()) : null;
                next = (a, b) -> compare(field, a.get(name), b.get(name), aggregate.direction(), null);
            }
            else {
                throw new IllegalArgumentException("groupBy can only be ordered by its fields and aggregates");
            }
            comparator = comparator.thenComparing(next);
        }
        return comparator;
    }

    private static String describe(OrderBy key) {
        if (key instanceof OrderBy.RelationField relation) {
            return "the related field " + relation.path().get(relation.path().size() - 1).name() + "."
                    + relation.field().name();
        }
        if (key instanceof OrderBy.RelationCount count) {
            return "the count of " + count.relation().name();
        }
        return key.toString();
    }

}
