package dev.goofer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import dev.goofer.ddl.DataLossException;
import dev.goofer.ddl.SchemaConnectionException;
import dev.goofer.ddl.SchemaMigrationException;
import dev.goofer.ddl.push.DataLossWarning;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures of a command into exit code 1 and a message meant for a person: one
 * line for connection problems, invalid input and I/O errors, the full list for data
 * loss, never a stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String message = message(ex);
        if (message != null) {
            err.println(message);
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static @Nullable String message(Exception ex) {
        if (ex instanceof CommandFailedException) {
            return null;
        }
        if (ex instanceof DataLossException dataLoss) {
            boolean executable = dataLoss.warnings().stream().allMatch(DataLossWarning::executable);
            return "error: " + ex.getMessage() + (executable
                    ? System.lineSeparator() + "Run again with --accept-data-loss to apply it anyway." : "");
        }
        if (ex instanceof SchemaConnectionException || ex instanceof SchemaMigrationException) {
            return "error: " + ex.getMessage();
        }
        if (ex instanceof DataAccessException dataAccess) {
            return "error: " + firstLine(dataAccess.getMostSpecificCause().getMessage());
        }
        if (ex instanceof UncheckedIOException || ex instanceof IOException) {
            return "error: " + firstLine(ex.getMessage());
        }
        if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            return "error: " + firstLine(ex.getMessage());
        }
        return "error: " + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage());
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.lines().findFirst().orElse(message);
    }

}
