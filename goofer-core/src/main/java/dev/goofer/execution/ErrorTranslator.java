package dev.goofer.execution;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.ScalarFieldMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.UniqueConstraint;
import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Turns driver exceptions into Spring's {@link DataAccessException}s in Prisma's terms:
 * unique and foreign-key violations name the model and fields, everything else goes
 * through Spring's {@link SQLExceptionTranslator} with model and operation in the task.
 */
final class ErrorTranslator {

    private static final Pattern QUOTED_NAME = Pattern.compile("(?:constraint|key|CONSTRAINT) [\"'`]([^\"'`]+)[\"'`]");

    private static final Pattern SQLITE_COLUMNS = Pattern.compile("constraint failed: ([^\\s(),]+(?:, [^\\s(),]+)*)");

    private final SchemaMeta schema;

    private final SQLExceptionTranslator fallback;

    ErrorTranslator(SchemaMeta schema, DataSource dataSource) {
        this.schema = schema;
        this.fallback = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /**
     * Translate a failure to open, commit or roll back the transaction of an operation,
     * or to get its connection, which Spring reports without the model and operation. A
     * rollback that fails after the operation failed (as it does when the connection is
     * cut) gives way to the operation's own error, which already names them.
     */
    RuntimeException translate(@Nullable ModelMeta model, String operation, NestedRuntimeException ex) {
        if (ex instanceof TransactionSystemException system
                && system.getApplicationException() instanceof RuntimeException original) {
            original.addSuppressed(ex);
            return original;
        }
        String task = ((model != null) ? model.name() + "." : "") + operation;
        SQLException sqlException = null;
        for (Throwable cause = ex.getCause(); cause != null && sqlException == null; cause = cause.getCause()) {
            if (cause instanceof SQLException found) {
                sqlException = found;
            }
        }
        if (ex instanceof CannotGetJdbcConnectionException || ex instanceof CannotCreateTransactionException) {
            // Whatever the driver's reason, no connection means the resource failed.
            String reason = (sqlException != null) ? sqlException.getMessage() : ex.getMessage();
            return new CannotGetJdbcConnectionException(task + "; failed to obtain a JDBC connection: " + reason,
                    sqlException);
        }
        if (sqlException != null) {
            RuntimeException translated = translate(model, model, operation, null, sqlException);
            translated.addSuppressed(ex);
            return translated;
        }
        return new DataAccessResourceFailureException(task + "; " + ex.getMessage(), ex);
    }

    /**
     * Translate the failure of a statement of an operation on {@code root}; the statement
     * works on {@code model}, which differs from the root in nested writes and includes.
     */
    RuntimeException translate(@Nullable ModelMeta root, @Nullable ModelMeta model, String operation,
            @Nullable String sql, SQLException ex) {
        String task = task(root, model, operation);
        if (model != null) {
            Kind kind = kind(ex);
            if (kind == Kind.UNIQUE) {
                return new UniqueConstraintViolationException(model.name(), uniqueFields(model, ex), operation, ex);
            }
            if (kind == Kind.FOREIGN_KEY) {
                return new ForeignKeyViolationException(model.name(), foreignKeyFields(model, ex), operation, ex);
            }
        }
        DataAccessException translated = this.fallback.translate(task, sql, ex);
        return (translated != null) ? translated : new UncategorizedSQLException(task, (sql != null) ? sql : "", ex);
    }

    private static String task(@Nullable ModelMeta root, @Nullable ModelMeta model, String operation) {
        if (root == null) {
            return ((model != null) ? model.name() + "." : "") + operation;
        }
        String task = root.name() + "." + operation;
        return (model != null && model != root) ? task + " (nested " + model.name() + ")" : task;
    }

    private enum Kind {

        UNIQUE, FOREIGN_KEY, OTHER

    }

    private static Kind kind(SQLException ex) {
        String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
        int code = ex.getErrorCode();
        String message = (ex.getMessage() != null) ? ex.getMessage() : "";
        if (state.equals("23505") || code == 1062 || code == 2067 || code == 1555
                || message.contains("UNIQUE constraint failed")) {
            return Kind.UNIQUE;
        }
        if (state.equals("23503") || code == 1451 || code == 1452 || code == 787
                || message.contains("FOREIGN KEY constraint failed")) {
            return Kind.FOREIGN_KEY;
        }
        return Kind.OTHER;
    }

    private List<String> uniqueFields(ModelMeta model, SQLException ex) {
        String message = (ex.getMessage() != null) ? ex.getMessage() : "";
        Matcher sqlite = SQLITE_COLUMNS.matcher(message);
        if (sqlite.find()) {
            return fieldsOfColumns(model, sqlite.group(1));
        }
        Matcher quoted = QUOTED_NAME.matcher(message);
        while (quoted.find()) {
            String name = quoted.group(1);
            String bare = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
            if (model.primaryKey() != null && model.primaryKey().constraintName().equalsIgnoreCase(bare)) {
                return model.primaryKey().fieldNames();
            }
            if (bare.equalsIgnoreCase("PRIMARY") && model.primaryKey() != null) {
                return model.primaryKey().fieldNames();
            }
            for (UniqueConstraint unique : model.uniques()) {
                if (unique.constraintName().equalsIgnoreCase(bare)) {
                    return unique.fieldNames();
                }
            }
        }
        return List.of();
    }

    private List<String> fieldsOfColumns(ModelMeta model, String columns) {
        List<String> fields = new ArrayList<>();
        for (String qualified : columns.split(", ")) {
            String column = qualified.substring(qualified.indexOf('.') + 1);
            for (ScalarFieldMeta field : model.scalarFields()) {
                if (field.columnName().equals(column)) {
                    fields.add(field.name());
                }
            }
        }
        return fields;
    }

    private static List<String> qualified(ModelMeta model, ModelMeta owner, List<String> fields) {
        if (owner == model) {
            return fields;
        }
        List<String> names = new ArrayList<>();
        fields.forEach((field) -> names.add(owner.name() + "." + field));
        return names;
    }

    private List<String> foreignKeyFields(ModelMeta model, SQLException ex) {
        String message = (ex.getMessage() != null) ? ex.getMessage() : "";
        Matcher quoted = QUOTED_NAME.matcher(message);
        while (quoted.find()) {
            String name = quoted.group(1).toLowerCase(Locale.ROOT);
            for (ModelMeta candidate : this.schema.models()) {
                for (RelationFieldMeta relation : candidate.relationFields()) {
                    if (relation.kind() == RelationKind.FORWARD && relation.foreignKeyName() != null
                            && relation.foreignKeyName().toLowerCase(Locale.ROOT).equals(name)) {
                        return qualified(model, candidate, relation.fields());
                    }
                }
            }
        }
        return List.of();
    }

}
