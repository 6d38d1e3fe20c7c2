package dev.goofer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.goofer.codegen.StarterSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code goofer init [--provider sqlite|postgresql|mysql] [--dir DIR] [--package NAME]}:
 * write a starter {@code schema.prisma}, as the Maven goal {@code goofer:init} does,
 * never overwriting an existing one.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter schema.prisma: a Goofer generator block, a datasource and a "
                + "user and post model pair. Never overwrites an existing schema.")
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--provider", paramLabel = "PROVIDER", defaultValue = "sqlite",
            description = "The database: sqlite, postgresql or mysql (default: ${DEFAULT-VALUE}).")
    String provider;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "src/main/prisma",
            description = "The folder to write schema.prisma to (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--package", paramLabel = "NAME", defaultValue = "com.example.db",
            description = "The package of the generated client, written to the generator block "
                    + "(default: ${DEFAULT-VALUE}).")
    String packageName;

    @Override
    public Integer call() throws IOException {
        Path schema = this.dir.resolve(StarterSchema.FILE_NAME);
        try {
            StarterSchema.write(schema, this.provider, this.packageName);
        }
        catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
        }
        catch (FileAlreadyExistsException ex) {
            throw new IllegalStateException(
                    "A schema already exists at " + schema + "; goofer init does not overwrite it.");
        }
        PrintWriter out = this.spec.commandLine().getOut();
        out.println("Wrote a starter Goofer schema for " + this.provider + " to " + schema + " (client package "
                + this.packageName + "). Generate the client with: goofer generate --schema " + schema
                + " --out <sources folder>");
        out.flush();
        return CommandLine.ExitCode.OK;
    }

}
