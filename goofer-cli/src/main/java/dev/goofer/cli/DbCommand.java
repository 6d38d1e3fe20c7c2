package dev.goofer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code goofer db}: the commands that change a database directly.
 */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Work on a database directly.",
        subcommands = DbPushCommand.class)
final class DbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing subcommand: push.");
    }

}
