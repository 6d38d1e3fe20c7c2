package dev.goofer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.goofer.ddl.SchemaManager;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.metadata.SchemaMeta;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goofer ddl --schema PATH [--dialect postgresql|mysql|sqlite]}: print the SQL
 * script that creates the schema in an empty database.
 */
@Command(name = "ddl", mixinStandardHelpOptions = true,
        description = "Print the SQL script creating the schema in an empty database.")
final class DdlCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SchemaOption schema;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "The database dialect: postgresql, mysql or sqlite (default: the schema's provider).")
    @Nullable DialectKind dialect;

    @Override
    public Integer call() {
        SchemaMeta meta = this.schema.load(this.spec);
        DialectKind target = (this.dialect != null) ? this.dialect : DialectKind.of(meta.provider());
        PrintWriter out = this.spec.commandLine().getOut();
        out.print(SchemaManager.createScript(meta, target));
        out.flush();
        return CommandLine.ExitCode.OK;
    }

}
