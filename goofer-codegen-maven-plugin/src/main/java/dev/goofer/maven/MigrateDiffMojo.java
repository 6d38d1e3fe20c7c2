package dev.goofer.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import dev.goofer.ddl.MigrationScript;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.push.DataLossWarning;
import dev.goofer.metadata.SchemaMeta;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code goofer:migrate-diff}: write the SQL taking a database ({@code url}) or the
 * database of an older schema ({@code fromSchema}) to the schema, as a Flyway migration
 * {@code V<version>__<name>.sql} in {@code src/main/resources/db/migration}.
 *
 * <pre>
 * mvn goofer:migrate-diff -Dgoofer.url=jdbc:postgresql://localhost:5432/app -Dgoofer.migrationName=add_profile
 * </pre>
 */
@Mojo(name = "migrate-diff", threadSafe = true)
public class MigrateDiffMojo extends AbstractDatabaseMojo {

    /**
     * The older schema file or folder the migration starts from, instead of a database
     * ({@code url}).
     */
    @Parameter(property = "goofer.fromSchema")
    @Nullable File fromSchema;

    /**
     * The Flyway migrations folder.
     */
    @Parameter(property = "goofer.migrationsDirectory",
            defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrationsDirectory;

    /**
     * The migration description, such as {@code add_profile}.
     */
    @Parameter(property = "goofer.migrationName", required = true)
    String migrationName;

    /**
     * The migration version; by default one more than the highest {@code V<n>__}
     * migration in the folder.
     */
    @Parameter(property = "goofer.migrationVersion")
    @Nullable String migrationVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        if (hasUrl() == (this.fromSchema != null)) {
            throw new MojoFailureException("Set exactly one starting point for migrate-diff: the database "
                    + "(-Dgoofer.url=...) or an older schema (-Dgoofer.fromSchema=...).");
        }
        SchemaMeta target = schemaMeta();
        MigrationScript script;
        try {
            script = (this.fromSchema != null)
                    ? SchemaManager.diff(schemaMeta(this.fromSchema), target, DialectKind.of(target.provider()))
                    : SchemaManager.diff(dataSource(), target);
        }
        catch (RuntimeException ex) {
            throw failure(ex);
        }
        if (script.isEmpty()) {
            getLog().info("No changes: the " + script.dialect().displayName()
                    + " schema already matches; no migration was written.");
            return;
        }
        for (DataLossWarning warning : script.warnings()) {
            getLog().warn((warning.executable() ? "" : "[cannot run] ") + warning.message());
        }
        try {
            Path file = script.writeFlywayMigration(this.migrationsDirectory.toPath(), this.migrationVersion,
                    this.migrationName);
            getLog().info("Wrote " + file);
        }
        catch (IOException | IllegalStateException ex) {
            throw new MojoFailureException("Cannot write the migration: " + ex.getMessage(), ex);
        }
    }

}
