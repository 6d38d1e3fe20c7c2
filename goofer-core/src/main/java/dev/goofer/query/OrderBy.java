package dev.goofer.query;

import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SortOrder;
import org.jspecify.annotations.Nullable;

/**
 * An {@code orderBy} key of the query AST.
 */
public sealed interface OrderBy {

    /**
     * Return the direction of this key.
     * @return the direction
     */
    SortOrder direction();

    /**
     * Order by a scalar field of the queried model.
     *
     * @param field the field
     * @param direction the direction
     * @param nulls where nulls go, or {@code null} for the database default
     */
    record Field(ScalarFieldMeta field, SortOrder direction, @Nullable Nulls nulls) implements OrderBy {
        public Field {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * Order by a scalar field of a to-one related model, reached through a path of to-one
     * relations.
     *
     * @param path the to-one relations from the queried model
     * @param field the field of the last related model
     * @param direction the direction
     * @param nulls where nulls go, or {@code null} for the database default
     */
    record RelationField(List<RelationFieldMeta> path, ScalarFieldMeta field, SortOrder direction,
            @Nullable Nulls nulls) implements OrderBy {
        public RelationField {
            path = List.copyOf(path);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("A relation order needs a relation path");
            }
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * Order by the number of related records of a to-many relation.
     *
     * @param relation the to-many relation
     * @param direction the direction
     */
    record RelationCount(RelationFieldMeta relation, SortOrder direction) implements OrderBy {
        public RelationCount {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * Order groups by an aggregate, valid only in {@code groupBy}.
     *
     * @param aggregation the aggregate
     * @param direction the direction
     */
    record Aggregate(Aggregation aggregation, SortOrder direction) implements OrderBy {
        public Aggregate {
            Objects.requireNonNull(aggregation, "aggregation");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /** Where null values sort. */
    enum Nulls {

        FIRST, LAST

    }

}
