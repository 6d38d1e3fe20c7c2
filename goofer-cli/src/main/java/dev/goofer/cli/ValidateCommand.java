package dev.goofer.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.DiagnosticPrinter;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.ResolvedSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code goofer validate --schema PATH}: parse and validate a schema file or folder.
 * Exits 0 when the schema is valid (printing its warnings), 1 with every diagnostic on
 * stderr when it is not, and 2 on usage errors.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a Prisma schema file, or a folder of .prisma files forming one schema.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "PATH",
            description = "The schema.prisma file, or a folder whose .prisma files form one schema.")
    Path schema;

    @Override
    public Integer call() {
        PrintWriter out = this.spec.commandLine().getOut();
        PrintWriter err = this.spec.commandLine().getErr();
        if (!Files.exists(this.schema)) {
            err.println("error: the schema path " + this.schema + " does not exist.");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        try {
            List<SourceFile> sources = PrismaSchemas.read(this.schema);
            ResolvedSchema schema = PrismaSchemas.load(sources);
            if (!schema.warnings().isEmpty()) {
                err.print(DiagnosticPrinter.render(schema.warnings(), sources));
                err.flush();
            }
            out.println("The schema at " + this.schema + " is valid: " + count(schema.models().size(), "model") + ", "
                    + count(schema.enums().size(), "enum") + ", " + count(schema.warnings().size(), "warning") + ".");
            out.flush();
            return CommandLine.ExitCode.OK;
        }
        catch (SchemaValidationException ex) {
            err.print(ex.render());
            long errors = ex.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("The schema at " + this.schema + " is invalid: " + count((int) errors, "error") + ".");
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
        catch (UncheckedIOException ex) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    private static String count(int count, String noun) {
        return count + " " + noun + ((count == 1) ? "" : "s");
    }

}
