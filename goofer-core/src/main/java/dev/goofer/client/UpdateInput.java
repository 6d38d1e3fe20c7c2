package dev.goofer.client;

import dev.goofer.query.UpdateData;

/**
 * The changes to one or many records of model {@code M}; generated {@code *Update}
 * classes implement it.
 *
 * @param <M> the model record type
 */
public interface UpdateInput<M> {

    /**
     * Return the changes of the query AST.
     * @return the update data
     */
    UpdateData toUpdateData();

}
