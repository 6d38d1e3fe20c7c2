package dev.goofer.client;

import dev.goofer.query.CreateData;

/**
 * The data to create one record of model {@code M}; generated {@code *Create} classes
 * implement it.
 *
 * @param <M> the model record type
 */
public interface CreateInput<M> {

    /**
     * Return the data of the query AST.
     * @return the create data
     */
    CreateData toCreateData();

}
