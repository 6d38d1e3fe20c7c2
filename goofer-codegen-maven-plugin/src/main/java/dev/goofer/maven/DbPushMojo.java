package dev.goofer.maven;

import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.PushResult;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.metadata.SchemaMeta;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code goofer:db-push}: make the database match the schema without migration files, as
 * {@code prisma db push} does, refusing changes that lose data unless
 * {@code acceptDataLoss} is set.
 *
 * <pre>
 * mvn goofer:db-push -Dgoofer.url=jdbc:postgresql://localhost:5432/app -Dgoofer.user=app
 * </pre>
 */
@Mojo(name = "db-push", threadSafe = true)
public class DbPushMojo extends AbstractDatabaseMojo {

    /**
     * Whether to apply changes that drop tables or columns holding data, or cast them
     * lossily.
     */
    @Parameter(property = "goofer.acceptDataLoss", defaultValue = "false")
    boolean acceptDataLoss;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        SchemaMeta meta = schemaMeta();
        PushResult result;
        try {
            result = SchemaManager.push(dataSource(), meta,
                    PushOptions.defaults().withAcceptDataLoss(this.acceptDataLoss));
        }
        catch (RuntimeException ex) {
            throw failure(ex);
        }
        result.report().lines().forEach(getLog()::info);
    }

}
