package dev.goofer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code goofer} command line. Each subcommand is a thin shell over the
 * goofer-codegen API; exit code 0 means success, 1 a schema or database problem reported
 * on stderr, 2 a usage error.
 */
@Command(name = "goofer", mixinStandardHelpOptions = true, versionProvider = GooferCli.Version.class,
        description = "Goofer: Prisma schemas to a typed Java client and a database.",
        subcommands = { InitCommand.class, ValidateCommand.class, GenerateCommand.class, DdlCommand.class,
                DbCommand.class, MigrateCommand.class })
public final class GooferCli implements Runnable {

    private static final String MARIADB_LOGGING = "mariadb.logging.disable";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Run the command line.
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Run the command line without exiting the JVM, for tests and embedding.
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        // The MariaDB driver would print its own warning next to Goofer's one-line
        // message.
        if (System.getProperty(MARIADB_LOGGING) == null) {
            System.setProperty(MARIADB_LOGGING, "true");
        }
        return new CommandLine(new GooferCli()).setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(new FailureHandler())
            .execute(args);
    }

    @Override
    public void run() {
        this.spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = GooferCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] { "goofer " + properties.getProperty("version", "unknown") };
        }

    }

}
