package dev.goofer.ddl;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The database could not be reached: a broken URL, wrong credentials, a missing database
 * or a server that does not answer. The message is one line meant to be shown as is,
 * without a stack trace.
 */
public class SchemaConnectionException extends DataAccessResourceFailureException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     * @param message the one-line message
     * @param cause the driver error
     */
    public SchemaConnectionException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /**
     * Translate a connection failure into a one-line explanation.
     * @param ex the driver error
     * @param url the JDBC URL tried, if known (passwords are removed from messages)
     * @return the exception
     */
    public static SchemaConnectionException of(SQLException ex, @Nullable String url) {
        String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
        String detail = clean(ex.getMessage());
        String where = (url != null) ? " (" + redact(url) + ")" : "";
        String message;
        if (detail.startsWith("No suitable driver")) {
            message = "Invalid database URL" + where + ": no JDBC driver accepts it. Use a URL such as "
                    + "jdbc:postgresql://localhost:5432/mydb, jdbc:mariadb://localhost:3306/mydb or jdbc:sqlite:dev.db, "
                    + "with the driver on the class path.";
        }
        else if (state.equals("3D000") || ex.getErrorCode() == 1049) {
            message = "The database does not exist" + where + ": " + detail + ". Create it first.";
        }
        else if (state.startsWith("28") || ex.getErrorCode() == 1045) {
            message = "Authentication failed" + where + ": " + detail + ". Check the user name and password.";
        }
        else if (state.startsWith("08")) {
            message = "Cannot reach the database server" + where + ": " + detail;
        }
        else if (detail.contains("SQLITE_CANTOPEN")) {
            message = "Cannot open the SQLite database file" + where
                    + ": check that its directory exists and is writable.";
        }
        else {
            message = "Cannot connect to the database" + where + ": " + detail;
        }
        return new SchemaConnectionException(message, ex);
    }

    private static String clean(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        String line = message.lines().findFirst().orElse(message).trim();
        line = line.replaceFirst("^\\(conn=\\d+\\)\\s*", "").replaceFirst("^FATAL:\\s*", "");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]+:)[^@/]*@", "$1***@");
    }

}
