package dev.goofer.client;

import dev.goofer.query.Row;

/**
 * Turns an executor {@link Row} into a generated record. Each generated model has one.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface RowFactory<R> {

    /**
     * Create the record for a row.
     * @param row the row
     * @return the record
     */
    R create(Row row);

}
