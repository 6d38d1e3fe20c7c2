package dev.goofer.ddl;

import java.util.List;

import dev.goofer.ddl.push.DataLossWarning;
import org.springframework.dao.NonTransientDataAccessException;

/**
 * A push was refused because it would lose data (and {@code acceptDataLoss} was not set)
 * or because a step cannot run on the rows present. Nothing was changed. The message
 * lists exactly what would be lost.
 */
public class DataLossException extends NonTransientDataAccessException {

    private static final long serialVersionUID = 1L;

    private final transient List<DataLossWarning> warnings;

    /**
     * Create the exception.
     * @param warnings what would be lost or cannot run
     */
    public DataLossException(List<DataLossWarning> warnings) {
        super(message(warnings));
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Return the warnings.
     * @return what would be lost or cannot run
     */
    public List<DataLossWarning> warnings() {
        return this.warnings;
    }

    private static String message(List<DataLossWarning> warnings) {
        boolean unexecutable = warnings.stream().anyMatch((w) -> !w.executable());
        StringBuilder message = new StringBuilder(unexecutable
                ? "The schema cannot be pushed: some steps cannot run on the data in the database. Nothing was changed."
                : "The schema push would lose data and acceptDataLoss is not set. Nothing was changed.");
        for (DataLossWarning warning : warnings) {
            message.append("\n- ").append(warning.executable() ? "" : "[cannot run] ").append(warning.message());
        }
        return message.toString();
    }

}
