package dev.goofer.query;

import java.util.Objects;

import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate: {@code _count}, {@code _sum}, {@code _avg}, {@code _min} or {@code _max}
 * of a field, or {@code _count._all} when the field is {@code null}.
 *
 * @param function the aggregate function
 * @param field the field, or {@code null} for {@code _count._all}
 */
public record Aggregation(Function function, @Nullable ScalarFieldMeta field) {

    public Aggregation {
        Objects.requireNonNull(function, "function");
        if (field == null && function != Function.COUNT) {
            throw new IllegalArgumentException("Only _count may omit the field");
        }
    }

    /**
     * Return the key of this aggregate in results, such as {@code _sum.views} or
     * {@code _count._all}.
     * @return the result key
     */
    public String key() {
        return this.function.prismaName() + "." + ((this.field != null) ? this.field.name() : "_all");
    }

    /** Aggregate functions, as Prisma names them. */
    public enum Function {

        COUNT("_count"), SUM("_sum"), AVG("_avg"), MIN("_min"), MAX("_max");

        private final String prismaName;

        Function(String prismaName) {
            this.prismaName = prismaName;
        }

        /**
         * Return the Prisma name of the function.
         * @return the name, such as {@code _avg}
         */
        public String prismaName() {
            return this.prismaName;
        }

    }

}
