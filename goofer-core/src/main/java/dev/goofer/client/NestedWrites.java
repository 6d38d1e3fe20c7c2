package dev.goofer.client;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.NestedWrite;

/**
 * The nested writes every relation accepts, in create and in update: {@code create},
 * {@code connect} and {@code connectOrCreate}.
 *
 * @param <T> the related record type
 * @param <S> the concrete builder type
 */
public abstract class NestedWrites<T, S extends NestedWrites<T, S>> {

    private final RelationFieldMeta relation;

    private final List<NestedWrite> writes = new ArrayList<>();

    NestedWrites(RelationFieldMeta relation) {
        this.relation = relation;
    }

    /**
     * Create a related record.
     * @param data the record's data
     * @return this builder
     */
    public S create(CreateInput<T> data) {
        return add(new NestedWrite.Create(this.relation, List.of(data.toCreateData())));
    }

    /**
     * Connect an existing record.
     * @param where the record
     * @return this builder
     */
    public S connect(WhereUnique<T> where) {
        return add(new NestedWrite.Connect(this.relation, List.of(where.toUniqueWhere())));
    }

    /**
     * Connect a record if it exists, else create it.
     * @param where the record
     * @param create the data to create it with
     * @return this builder
     */
    public S connectOrCreate(WhereUnique<T> where, CreateInput<T> create) {
        return add(new NestedWrite.ConnectOrCreate(this.relation,
                List.of(new NestedWrite.ConnectOrCreateItem(where.toUniqueWhere(), create.toCreateData()))));
    }

    final RelationFieldMeta relation() {
        return this.relation;
    }

    @SuppressWarnings("unchecked")
    final S add(NestedWrite write) {
        this.writes.add(write);
        return (S) this;
    }

    final List<NestedWrite> writes() {
        return List.copyOf(this.writes);
    }

}
