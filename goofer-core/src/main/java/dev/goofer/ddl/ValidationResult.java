package dev.goofer.ddl;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.Migration;

/**
 * The result of {@link SchemaManager#validate}: the changes the database would need to
 * match the schema.
 *
 * @param dialect the database dialect
 * @param migration the changes that {@code push} would make; empty when in sync
 */
public record ValidationResult(DialectKind dialect, Migration migration) {

    /**
     * Whether the database matches the schema.
     * @return whether there are no differences
     */
    public boolean inSync() {
        return this.migration.isEmpty();
    }

    /**
     * Return a human report of the differences.
     * @return the report
     */
    public String report() {
        if (inSync()) {
            return "The database schema matches the Goofer schema.";
        }
        return "The " + this.dialect.displayName() + " database schema does not match the Goofer schema. "
                + "To make it match, Goofer would:\n" + this.migration.describe();
    }

    /**
     * Throw when the database does not match the schema.
     * @throws SchemaDriftException if there are differences
     */
    public void throwIfDrifted() {
        if (!inSync()) {
            throw new SchemaDriftException(this);
        }
    }

}
