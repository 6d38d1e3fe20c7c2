package dev.goofer.query;

import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * The reading arguments shared by {@code findMany}, nested includes, {@code count} and
 * {@code aggregate}.
 *
 * @param where the condition
 * @param orderBy the ordering keys, in priority order
 * @param take the number of records to take; negative takes from the end (Prisma's
 * negative take), {@code null} for all
 * @param skip the number of records to skip, or {@code null}
 * @param cursor the record to start from (inclusive), or {@code null}
 * @param distinct the fields whose value combinations must be distinct, empty for none
 */
public record FindArgs(Filter where, List<OrderBy> orderBy, @Nullable Integer take, @Nullable Integer skip,
        @Nullable UniqueWhere cursor, List<ScalarFieldMeta> distinct) {

    /** No condition, no ordering, no paging. */
    public static final FindArgs ALL = new FindArgs(Filter.TRUE, List.of(), null, null, null, List.of());

    public FindArgs {
        Objects.requireNonNull(where, "where");
        orderBy = List.copyOf(orderBy);
        distinct = List.copyOf(distinct);
        if (skip != null && skip < 0) {
            throw new IllegalArgumentException("skip must not be negative, was " + skip);
        }
    }

    /**
     * Return a copy with the given condition.
     * @param where the condition
     * @return the copy
     */
    public FindArgs withWhere(Filter where) {
        return new FindArgs(where, this.orderBy, this.take, this.skip, this.cursor, this.distinct);
    }

    /**
     * Return a copy with the given ordering.
     * @param orderBy the ordering keys
     * @return the copy
     */
    public FindArgs withOrderBy(List<OrderBy> orderBy) {
        return new FindArgs(this.where, orderBy, this.take, this.skip, this.cursor, this.distinct);
    }

    /**
     * Return a copy with the given take.
     * @param take the take, or {@code null}
     * @return the copy
     */
    public FindArgs withTake(@Nullable Integer take) {
        return new FindArgs(this.where, this.orderBy, take, this.skip, this.cursor, this.distinct);
    }

    /**
     * Return a copy with the given skip.
     * @param skip the skip, or {@code null}
     * @return the copy
     */
    public FindArgs withSkip(@Nullable Integer skip) {
        return new FindArgs(this.where, this.orderBy, this.take, skip, this.cursor, this.distinct);
    }

    /**
     * Return a copy with the given cursor.
     * @param cursor the cursor, or {@code null}
     * @return the copy
     */
    public FindArgs withCursor(@Nullable UniqueWhere cursor) {
        return new FindArgs(this.where, this.orderBy, this.take, this.skip, cursor, this.distinct);
    }

    /**
     * Return a copy with the given distinct fields.
     * @param distinct the fields
     * @return the copy
     */
    public FindArgs withDistinct(List<ScalarFieldMeta> distinct) {
        return new FindArgs(this.where, this.orderBy, this.take, this.skip, this.cursor, distinct);
    }

}
