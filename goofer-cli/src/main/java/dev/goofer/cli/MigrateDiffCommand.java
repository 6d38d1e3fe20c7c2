package dev.goofer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.goofer.ddl.MigrationScript;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.push.DataLossWarning;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goofer migrate diff --schema PATH (--url JDBC_URL [--user U --password P] |
 * --from-schema OLD_PATH) --dir DIR --name NAME [--version N]}: write the SQL taking a
 * database, or the database of an older schema, to the schema as a Flyway migration.
 */
@Command(name = "diff", description = "Write the SQL taking a database (--url) or an older schema (--from-schema) "
        + "to the schema as a Flyway migration V<version>__<name>.sql.")
final class MigrateDiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    SchemaOption schema;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source from;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = "The migrations folder, such as src/main/resources/db/migration; created if missing.")
    Path directory;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The migration description, such as add_profile.")
    String name;

    @Option(names = "--version", paramLabel = "N",
            description = "The migration version (default: one more than the highest V<n>__ migration in DIR).")
    @Nullable String version;

    @Override
    public Integer call() throws IOException {
        SchemaMeta target = this.schema.load(this.spec);
        MigrationScript script;
        if (this.from.fromSchema != null) {
            SchemaMeta previous = SchemaOption.load(this.spec, this.from.fromSchema, "--from-schema");
            script = SchemaManager.diff(previous, target, DialectKind.of(target.provider()));
        }
        else {
            script = SchemaManager.diff(this.from.database.dataSource(), target);
        }
        PrintWriter out = this.spec.commandLine().getOut();
        if (script.isEmpty()) {
            out.println("No changes: the " + script.dialect().displayName()
                    + " schema already matches; no migration was written.");
            out.flush();
            return CommandLine.ExitCode.OK;
        }
        Path file = script.writeFlywayMigration(this.directory, this.version, this.name);
        PrintWriter err = this.spec.commandLine().getErr();
        for (DataLossWarning warning : script.warnings()) {
            err.println("warning: " + (warning.executable() ? "" : "[cannot run] ") + warning.message());
        }
        err.flush();
        out.println(file);
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /**
     * Where the migration starts from: a database or an older schema.
     */
    static final class Source {

        @ArgGroup(exclusive = false)
        @Nullable DatabaseOptions database;

        @Option(names = "--from-schema", paramLabel = "OLD_PATH",
                description = "The older schema file or folder the migration starts from.")
        @Nullable Path fromSchema;

    }

}
