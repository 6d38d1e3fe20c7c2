package dev.goofer.ddl.push;

import java.util.Objects;

/**
 * What a migration step would do to existing data.
 *
 * @param message a one-line explanation naming the table, the column and the row count
 * @param executable whether the step can run at all ({@code false} when it would fail on
 * the rows present, for example a required column added to a non-empty table without a
 * default); steps that can run but lose data need {@code acceptDataLoss}
 */
public record DataLossWarning(String message, boolean executable) {

    public DataLossWarning {
        Objects.requireNonNull(message, "message");
    }

}
