package dev.goofer.ddl;

import java.util.List;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.push.DataLossWarning;

/**
 * What {@link SchemaManager#push} did.
 *
 * @param dialect the database dialect
 * @param migration the changes applied
 * @param statements the SQL statements executed, in order
 * @param warnings the data loss that was accepted
 * @param transactional whether the changes ran in one transaction (not on MySQL, whose
 * DDL commits implicitly)
 */
public record PushResult(DialectKind dialect, Migration migration, List<String> statements,
        List<DataLossWarning> warnings, boolean transactional) {

    public PushResult {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether the database was changed.
     * @return whether any statement ran
     */
    public boolean changed() {
        return !this.statements.isEmpty();
    }

    /**
     * Return a human report of the push.
     * @return the report
     */
    public String report() {
        if (!changed()) {
            return "The database is already in sync with the schema.";
        }
        StringBuilder report = new StringBuilder("Applied to the ").append(this.dialect.displayName())
            .append(" database:\n")
            .append(this.migration.describe());
        if (!this.warnings.isEmpty()) {
            report.append("\nAccepted data loss:");
            this.warnings.forEach((w) -> report.append("\n- ").append(w.message()));
        }
        return report.toString();
    }

}
