package dev.goofer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.PushResult;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.metadata.SchemaMeta;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code goofer db push --schema PATH --url JDBC_URL [--user U] [--password P]
 * [--accept-data-loss]}: make a database match the schema, as {@code prisma db push}
 * does, refusing to lose data unless told to.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Make the database match the schema, without migration files. "
                + "Refuses changes that would lose data unless --accept-data-loss is given.")
final class DbPushCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SchemaOption schema;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--accept-data-loss",
            description = "Apply changes that drop tables or columns holding data, or cast them lossily.")
    boolean acceptDataLoss;

    @Override
    public Integer call() {
        SchemaMeta meta = this.schema.load(this.spec);
        PushResult result = SchemaManager.push(this.database.dataSource(), meta,
                PushOptions.defaults().withAcceptDataLoss(this.acceptDataLoss));
        PrintWriter out = this.spec.commandLine().getOut();
        out.println(result.report());
        out.flush();
        return CommandLine.ExitCode.OK;
    }

}
