package dev.goofer.client;

import java.util.List;

import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.query.NestedWrite;

/**
 * The nested write to a to-one relation inside an update.
 *
 * @param <T> the related record type
 */
public final class ToOneUpdateWrites<T> extends NestedWrites<T, ToOneUpdateWrites<T>> {

    ToOneUpdateWrites(RelationFieldMeta relation) {
        super(relation);
    }

    /**
     * Disconnect the related record (optional relations).
     * @return this builder
     */
    public ToOneUpdateWrites<T> disconnect() {
        return add(new NestedWrite.Disconnect(relation(), List.of()));
    }

    /**
     * Delete the related record.
     * @return this builder
     */
    public ToOneUpdateWrites<T> delete() {
        return add(new NestedWrite.Delete(relation(), List.of()));
    }

    /**
     * Update the related record.
     * @param data the changes
     * @return this builder
     */
    public ToOneUpdateWrites<T> update(UpdateInput<T> data) {
        return add(new NestedWrite.Update(relation(), List.of(new NestedWrite.UpdateItem(null, data.toUpdateData()))));
    }

    /**
     * Update the related record if there is one, else create it.
     * @param create the data to create it with
     * @param update the changes if it exists
     * @return this builder
     */
    public ToOneUpdateWrites<T> upsert(CreateInput<T> create, UpdateInput<T> update) {
        return add(new NestedWrite.Upsert(relation(), null, create.toCreateData(), update.toUpdateData()));
    }

}
