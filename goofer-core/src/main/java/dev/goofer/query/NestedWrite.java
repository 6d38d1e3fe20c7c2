package dev.goofer.query;

import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.RelationFieldMeta;
import org.jspecify.annotations.Nullable;

/**
 * A write to related records inside a {@code create} or {@code update}, executed in the
 * same transaction as its parent. For to-one relations, list-valued selectors hold at
 * most one element and an empty selector means "the related record".
 */
public sealed interface NestedWrite {

    /**
     * Return the relation written through.
     * @return the relation field of the parent model
     */
    RelationFieldMeta relation();

    /**
     * Create related records.
     *
     * @param relation the relation
     * @param data the records to create
     */
    record Create(RelationFieldMeta relation, List<CreateData> data) implements NestedWrite {
        public Create {
            Objects.requireNonNull(relation, "relation");
            data = List.copyOf(data);
        }
    }

    /**
     * Create related records in one batch, without nested writes of their own.
     *
     * @param relation the to-many relation
     * @param data the records to create
     * @param skipDuplicates whether records violating a unique constraint are skipped
     */
    record CreateMany(RelationFieldMeta relation, List<CreateData> data,
            boolean skipDuplicates) implements NestedWrite {
        public CreateMany {
            Objects.requireNonNull(relation, "relation");
            data = List.copyOf(data);
        }
    }

    /**
     * Connect existing records.
     *
     * @param relation the relation
     * @param where the records to connect
     */
    record Connect(RelationFieldMeta relation, List<UniqueWhere> where) implements NestedWrite {
        public Connect {
            Objects.requireNonNull(relation, "relation");
            where = List.copyOf(where);
        }
    }

    /**
     * Connect a record if it exists, else create it.
     *
     * @param relation the relation
     * @param items the selector and create data of each record
     */
    record ConnectOrCreate(RelationFieldMeta relation, List<ConnectOrCreateItem> items) implements NestedWrite {
        public ConnectOrCreate {
            Objects.requireNonNull(relation, "relation");
            items = List.copyOf(items);
        }
    }

    /**
     * One record of a {@link ConnectOrCreate}.
     *
     * @param where the record to connect if it exists
     * @param create the data to create it with otherwise
     */
    record ConnectOrCreateItem(UniqueWhere where, CreateData create) {
        public ConnectOrCreateItem {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(create, "create");
        }
    }

    /**
     * Disconnect related records (the related record, for to-one relations).
     *
     * @param relation the relation
     * @param where the records to disconnect; empty for the to-one related record
     */
    record Disconnect(RelationFieldMeta relation, List<UniqueWhere> where) implements NestedWrite {
        public Disconnect {
            Objects.requireNonNull(relation, "relation");
            where = List.copyOf(where);
        }
    }

    /**
     * Replace all related records of a to-many relation with the given ones.
     *
     * @param relation the to-many relation
     * @param where the records the relation must hold afterwards
     */
    record Set(RelationFieldMeta relation, List<UniqueWhere> where) implements NestedWrite {
        public Set {
            Objects.requireNonNull(relation, "relation");
            where = List.copyOf(where);
        }
    }

    /**
     * Update related records.
     *
     * @param relation the relation
     * @param items the selector (ignored for to-one) and changes of each record
     */
    record Update(RelationFieldMeta relation, List<UpdateItem> items) implements NestedWrite {
        public Update {
            Objects.requireNonNull(relation, "relation");
            items = List.copyOf(items);
        }
    }

    /**
     * One record of an {@link Update}.
     *
     * @param where the related record, or {@code null} for a to-one relation
     * @param data the changes
     */
    record UpdateItem(@Nullable UniqueWhere where, UpdateData data) {
        public UpdateItem {
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * Update the related records that match a condition.
     *
     * @param relation the to-many relation
     * @param where the condition
     * @param data the changes
     */
    record UpdateMany(RelationFieldMeta relation, Filter where, UpdateData data) implements NestedWrite {
        public UpdateMany {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * Update a related record if it exists, else create it.
     *
     * @param relation the relation
     * @param where the related record, or {@code null} for a to-one relation
     * @param create the data to create it with
     * @param update the changes if it exists
     */
    record Upsert(RelationFieldMeta relation, @Nullable UniqueWhere where, CreateData create,
            UpdateData update) implements NestedWrite {
        public Upsert {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(create, "create");
            Objects.requireNonNull(update, "update");
        }
    }

    /**
     * Delete related records (the related record, for to-one relations).
     *
     * @param relation the relation
     * @param where the records to delete; empty for the to-one related record
     */
    record Delete(RelationFieldMeta relation, List<UniqueWhere> where) implements NestedWrite {
        public Delete {
            Objects.requireNonNull(relation, "relation");
            where = List.copyOf(where);
        }
    }

    /**
     * Delete the related records that match a condition.
     *
     * @param relation the to-many relation
     * @param where the condition
     */
    record DeleteMany(RelationFieldMeta relation, Filter where) implements NestedWrite {
        public DeleteMany {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(where, "where");
        }
    }

}
