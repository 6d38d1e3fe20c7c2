package dev.goofer.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.CreateData;
import dev.goofer.query.NestedWrite;

/**
 * Nested writes to a to-many relation inside a create.
 *
 * @param <T> the related record type
 */
public final class ToManyCreateWrites<T> extends NestedWrites<T, ToManyCreateWrites<T>> {

    ToManyCreateWrites(RelationFieldMeta relation) {
        super(relation);
    }

    /**
     * Create related records in one batch.
     * @param data the records' data (their own nested writes are not allowed)
     * @param skipDuplicates whether records violating a unique constraint are skipped
     * @return this builder
     */
    public ToManyCreateWrites<T> createMany(Collection<? extends CreateInput<T>> data, boolean skipDuplicates) {
        List<CreateData> records = new ArrayList<>(data.size());
        data.forEach((input) -> records.add(input.toCreateData()));
        return add(new NestedWrite.CreateMany(relation(), records, skipDuplicates));
    }

}
