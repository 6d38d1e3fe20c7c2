package dev.goofer.ddl.render;

import java.util.List;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.Migration;
import dev.goofer.ddl.diff.SchemaChange;

/**
 * Renders a whole migration as an SQL script, with Prisma's step comments
 * ({@code -- CreateTable}) and, on SQLite, the {@code PRAGMA foreign_keys} switches
 * Prisma puts around table rebuilds and drops.
 */
public final class ScriptRenderer {

    private ScriptRenderer() {
    }

    /**
     * Render a migration.
     * @param dialect the dialect
     * @param migration the migration
     * @param warnings lines for a leading {@code Warnings} comment, empty for none
     * @return the script, each statement ending in a semicolon
     */
    public static String render(DialectKind dialect, Migration migration, List<String> warnings) {
        DdlRenderer renderer = DdlRenderer.of(dialect);
        StringBuilder script = new StringBuilder();
        if (!warnings.isEmpty()) {
            script.append("/*\n  Warnings:\n\n");
            warnings.forEach((w) -> script.append("  - ").append(w.replace("*/", "* /")).append('\n'));
            script.append("\n*/\n");
        }
        for (SchemaChange change : migration.changes()) {
            if (script.length() > 0) {
                script.append('\n');
            }
            script.append("-- ").append(comment(change)).append('\n');
            boolean sqlitePragmas = dialect == DialectKind.SQLITE
                    && (change instanceof SchemaChange.RedefineTable || change instanceof SchemaChange.DropTable);
            if (sqlitePragmas) {
                script.append("PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n");
            }
            for (String statement : renderer.render(change)) {
                script.append(statement).append(";\n");
            }
            if (sqlitePragmas) {
                script.append("PRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n");
            }
        }
        return script.toString();
    }

    static String comment(SchemaChange change) {
        if (change instanceof SchemaChange.CreateNamespace) {
            return "CreateSchema";
        }
        if (change instanceof SchemaChange.CreateEnum) {
            return "CreateEnum";
        }
        if (change instanceof SchemaChange.AddEnumValues || change instanceof SchemaChange.RecreateEnum) {
            return "AlterEnum";
        }
        if (change instanceof SchemaChange.DropEnum) {
            return "DropEnum";
        }
        if (change instanceof SchemaChange.CreateTable) {
            return "CreateTable";
        }
        if (change instanceof SchemaChange.DropTable) {
            return "DropTable";
        }
        if (change instanceof SchemaChange.AlterTable) {
            return "AlterTable";
        }
        if (change instanceof SchemaChange.RedefineTable) {
            return "RedefineTables";
        }
        if (change instanceof SchemaChange.CreateIndex) {
            return "CreateIndex";
        }
        if (change instanceof SchemaChange.DropIndex) {
            return "DropIndex";
        }
        if (change instanceof SchemaChange.RenameIndex) {
            return "RenameIndex";
        }
        if (change instanceof SchemaChange.AddForeignKey) {
            return "AddForeignKey";
        }
        if (change instanceof SchemaChange.DropForeignKey) {
            return "DropForeignKey";
        }
        throw new IllegalStateException("Unhandled change " + change);
    }

}
