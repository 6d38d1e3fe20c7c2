package dev.goofer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.goofer.codegen.metadata.SchemaMetaConverter;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.DiagnosticPrinter;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.ResolvedSchema;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --schema PATH} option shared by the commands that work from a schema: loads,
 * validates and converts the schema, printing its warnings, or its diagnostics when it is
 * invalid.
 */
final class SchemaOption {

    @Option(names = "--schema", required = true, paramLabel = "PATH",
            description = "The schema.prisma file, or a folder whose .prisma files form one schema.")
    Path schema;

    /**
     * Load the schema as runtime metadata.
     * @param spec the running command, for its output streams
     * @return the metadata
     * @throws CommandLine.ParameterException if the path does not exist (a usage error)
     * @throws CommandFailedException if the schema is invalid, after printing every
     * diagnostic
     */
    SchemaMeta load(CommandSpec spec) {
        return load(spec, this.schema, "--schema");
    }

    static SchemaMeta load(CommandSpec spec, Path path, String option) {
        if (!Files.exists(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "The schema path " + path + " given to " + option + " does not exist.");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<SourceFile> sources = PrismaSchemas.read(path);
        try {
            ResolvedSchema schema = PrismaSchemas.load(sources);
            if (!schema.warnings().isEmpty()) {
                err.print(DiagnosticPrinter.render(schema.warnings(), sources));
                err.flush();
            }
            return SchemaMetaConverter.convert(schema);
        }
        catch (SchemaValidationException ex) {
            err.print(ex.render());
            long errors = ex.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("The schema at " + path + " is invalid: " + errors + ((errors == 1) ? " error." : " errors."));
            err.flush();
            throw new CommandFailedException();
        }
    }

}
