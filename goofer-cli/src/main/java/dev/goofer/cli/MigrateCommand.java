package dev.goofer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code goofer migrate}: the commands that write migration files.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Write Flyway migrations.",
        subcommands = MigrateDiffCommand.class)
final class MigrateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing subcommand: diff.");
    }

}
