package dev.goofer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.goofer.codegen.ClientGeneration;
import dev.goofer.codegen.GeneratedClient;
import dev.goofer.codegen.MissingPackageException;
import dev.goofer.codegen.WrittenFiles;
import dev.goofer.schema.diagnostics.DiagnosticPrinter;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code goofer generate --schema PATH --out DIR [--resources-out DIR] [--package NAME]
 * [--client-name NAME]}: generate the typed Java client of a schema, as the Maven goal
 * {@code goofer:generate} does. The package and client name come from the schema's Goofer
 * generator block unless given here; without {@code --out}, the block's {@code output}
 * (relative to the schema file) is used.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate the typed Java client of a schema: Java sources, and the "
                + "META-INF/services registration the Spring Boot starter finds the client by.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "PATH",
            description = "The schema.prisma file, or a folder whose .prisma files form one schema.")
    Path schema;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The root of the generated sources (default: the output of the schema's Goofer "
                    + "generator block, relative to the schema file).")
    @Nullable Path out;

    @Option(names = "--resources-out", paramLabel = "DIR",
            description = "The root of the generated resources, the META-INF/services registration "
                    + "(default: the same as --out).")
    @Nullable Path resourcesOut;

    @Option(names = "--package", paramLabel = "NAME",
            description = "The package of the generated client (default: the package of the schema's Goofer "
                    + "generator block).")
    @Nullable String packageName;

    @Option(names = "--client-name", paramLabel = "NAME",
            description = "The simple class name of the client (default: the clientName of the schema's Goofer "
                    + "generator block, else GooferClient).")
    @Nullable String clientName;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(this.schema)) {
            throw usage("The schema path " + this.schema + " given to --schema does not exist.");
        }
        GeneratedClient client = generate();
        PrintWriter err = this.spec.commandLine().getErr();
        if (!client.warnings().isEmpty()) {
            err.print(DiagnosticPrinter.render(client.warnings(), client.sources()));
            err.flush();
        }
        Path sourceRoot = (this.out != null) ? this.out : client.output();
        if (sourceRoot == null) {
            throw usage("Missing --out: give the folder to write the client to, or set output in the schema's "
                    + "Goofer generator block.");
        }
        Path resourceRoot = (this.resourcesOut != null) ? this.resourcesOut : sourceRoot;
        WrittenFiles written = client.write(sourceRoot, resourceRoot);
        PrintWriter out = this.spec.commandLine().getOut();
        out.println("Generated the Goofer client " + client.options().packageName() + "."
                + client.options().clientClassName() + " in " + sourceRoot + ": " + client.schema().models().size()
                + " models, " + written.files().size() + " files (" + written.changed() + " written, "
                + written.deleted().size() + " deleted).");
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private GeneratedClient generate() {
        ClientGeneration generation;
        try {
            generation = ClientGeneration.create()
                .withPackageName(this.packageName)
                .withClientClassName(this.clientName);
        }
        catch (IllegalArgumentException ex) {
            throw usage("Invalid option: " + ex.getMessage() + ".");
        }
        try {
            return generation.generate(this.schema);
        }
        catch (SchemaValidationException ex) {
            PrintWriter err = this.spec.commandLine().getErr();
            err.print(ex.render());
            int errors = ex.errors().size();
            err.println("The schema at " + this.schema + " is invalid: " + errors
                    + ((errors == 1) ? " error." : " errors."));
            err.flush();
            throw new CommandFailedException();
        }
        catch (MissingPackageException ex) {
            throw usage(ex.getMessage() + ", or pass --package.");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(this.spec.commandLine(), message);
    }

}
