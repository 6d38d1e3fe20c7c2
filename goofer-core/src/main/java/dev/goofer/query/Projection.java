package dev.goofer.query;

import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * What a read returns for each record: which scalar fields, which relations (with their
 * own arguments and projection), and which relation counts.
 *
 * @param fields the scalar fields to return, or {@code null} for all of them
 * @param includes the relations to load
 * @param counts the to-many relations to count ({@code _count})
 * @param selection whether results are {@code Selection}s (after {@code select} or
 * {@code omit}) rather than full generated records
 */
public record Projection(@Nullable List<ScalarFieldMeta> fields, List<Include> includes, List<CountInclude> counts,
        boolean selection) {

    /** All scalar fields, no relations: the full generated record. */
    public static final Projection RECORDS = new Projection(null, List.of(), List.of(), false);

    public Projection {
        fields = (fields != null) ? List.copyOf(fields) : null;
        includes = List.copyOf(includes);
        counts = List.copyOf(counts);
    }

    /**
     * A relation to load with a read.
     *
     * @param relation the relation field
     * @param args the arguments for the related records (ignored for to-one relations
     * except {@code where}, which Prisma does not allow there either)
     * @param projection what to load of each related record
     */
    public record Include(RelationFieldMeta relation, FindArgs args, Projection projection) {

        public Include {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(projection, "projection");
        }

    }

    /**
     * A relation count to return in {@code _count}.
     *
     * @param relation the to-many relation
     * @param where the condition on counted records
     */
    public record CountInclude(RelationFieldMeta relation, Filter where) {

        public CountInclude {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(where, "where");
        }

    }

}
