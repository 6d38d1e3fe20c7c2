package dev.goofer.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.UniqueWhere;

/**
 * Nested writes to a to-many relation inside an update.
 *
 * @param <T> the related record type
 */
public final class ToManyUpdateWrites<T> extends NestedWrites<T, ToManyUpdateWrites<T>> {

    ToManyUpdateWrites(RelationFieldMeta relation) {
        super(relation);
    }

    /**
     * Create related records in one batch.
     * @param data the records' data (their own nested writes are not allowed)
     * @param skipDuplicates whether records violating a unique constraint are skipped
     * @return this builder
     */
    public ToManyUpdateWrites<T> createMany(Collection<? extends CreateInput<T>> data, boolean skipDuplicates) {
        List<CreateData> records = new ArrayList<>(data.size());
        data.forEach((input) -> records.add(input.toCreateData()));
        return add(new NestedWrite.CreateMany(relation(), records, skipDuplicates));
    }

    /**
     * Replace all related records with the given ones.
     * @param where the records the relation holds afterwards
     * @return this builder
     */
    @SafeVarargs
    public final ToManyUpdateWrites<T> set(WhereUnique<T>... where) {
        return add(new NestedWrite.Set(relation(), unique(where)));
    }

    /**
     * Disconnect related records.
     * @param where the records
     * @return this builder
     */
    @SafeVarargs
    public final ToManyUpdateWrites<T> disconnect(WhereUnique<T>... where) {
        return add(new NestedWrite.Disconnect(relation(), unique(where)));
    }

    /**
     * Delete related records.
     * @param where the records
     * @return this builder
     */
    @SafeVarargs
    public final ToManyUpdateWrites<T> delete(WhereUnique<T>... where) {
        return add(new NestedWrite.Delete(relation(), unique(where)));
    }

    /**
     * Update a related record.
     * @param where the record
     * @param data the changes
     * @return this builder
     */
    public ToManyUpdateWrites<T> update(WhereUnique<T> where, UpdateInput<T> data) {
        return add(new NestedWrite.Update(relation(),
                List.of(new NestedWrite.UpdateItem(where.toUniqueWhere(), data.toUpdateData()))));
    }

    /**
     * Update the related records that match a condition.
     * @param where the condition
     * @param data the changes
     * @return this builder
     */
    public ToManyUpdateWrites<T> updateMany(Where<T> where, UpdateInput<T> data) {
        return add(new NestedWrite.UpdateMany(relation(), where.filter(), data.toUpdateData()));
    }

    /**
     * Update a related record if it exists, else create it.
     * @param where the record
     * @param create the data to create it with
     * @param update the changes if it exists
     * @return this builder
     */
    public ToManyUpdateWrites<T> upsert(WhereUnique<T> where, CreateInput<T> create, UpdateInput<T> update) {
        return add(new NestedWrite.Upsert(relation(), where.toUniqueWhere(), create.toCreateData(),
                update.toUpdateData()));
    }

    /**
     * Delete the related records that match a condition.
     * @param where the condition
     * @return this builder
     */
    public ToManyUpdateWrites<T> deleteMany(Where<T> where) {
        return add(new NestedWrite.DeleteMany(relation(), where.filter()));
    }

    @SafeVarargs
    private static <T> List<UniqueWhere> unique(WhereUnique<T>... where) {
        return Arrays.stream(where).map(WhereUnique::toUniqueWhere).toList();
    }

}
