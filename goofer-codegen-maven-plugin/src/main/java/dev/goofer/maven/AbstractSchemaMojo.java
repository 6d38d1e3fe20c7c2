package dev.goofer.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;

import dev.goofer.codegen.metadata.SchemaMetaConverter;
import dev.goofer.ddl.DataLossException;
import dev.goofer.ddl.SchemaConnectionException;
import dev.goofer.ddl.SchemaMigrationException;
import dev.goofer.ddl.push.DataLossWarning;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.ResolvedSchema;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The base of the Goofer goals that work from a schema: where the schema is, whether to
 * skip, and loading it with every diagnostic reported. A goal only adds its own
 * parameters and calls {@link #resolveSchema()}, {@link #schemaMeta()} or
 * {@link #readSchema(File)}:
 *
 * <pre>
 * public void execute() throws MojoExecutionException, MojoFailureException {
 *     if (!skipped()) {
 *         SchemaMeta schema = schemaMeta();
 *         ...
 *     }
 * }
 * </pre>
 */
public abstract class AbstractSchemaMojo extends AbstractMojo {

    /**
     * The {@code schema.prisma} file, or a folder whose {@code .prisma} files form one
     * schema.
     */
    @Parameter(property = "goofer.schema", defaultValue = "${project.basedir}/src/main/prisma/schema.prisma")
    File schema;

    /**
     * Whether to skip the goal.
     */
    @Parameter(property = "goofer.skip", defaultValue = "false")
    boolean skip;

    /**
     * Return the schema file or folder.
     * @return the schema location
     */
    protected File schema() {
        return this.schema;
    }

    /**
     * Whether the goal is skipped, saying so in the log when it is.
     * @return whether to do nothing
     */
    protected boolean skipped() {
        if (this.skip) {
            getLog().info("Skipping Goofer (goofer.skip=true).");
        }
        return this.skip;
    }

    /**
     * Load and validate the schema, logging its warnings.
     * @return the validated schema
     * @throws MojoFailureException if the schema is missing or invalid, listing every
     * diagnostic as {@code file:line:column: error: message}
     */
    protected ResolvedSchema resolveSchema() throws MojoFailureException {
        return resolveSchema(schema());
    }

    /**
     * Load and validate a schema other than the configured one, logging its warnings.
     * @param location the schema file or folder
     * @return the validated schema
     * @throws MojoFailureException if the schema is missing or invalid, listing every
     * diagnostic
     */
    protected ResolvedSchema resolveSchema(File location) throws MojoFailureException {
        List<SourceFile> sources = readSchema(location);
        try {
            ResolvedSchema resolved = PrismaSchemas.load(sources);
            resolved.warnings().forEach((warning) -> getLog().warn(warning.format()));
            return resolved;
        }
        catch (SchemaValidationException ex) {
            throw invalid(ex, location);
        }
    }

    /**
     * Read the files of a schema, without validating them.
     * @param location the schema file or folder
     * @return the files, in the order they form the schema
     * @throws MojoFailureException if the schema is missing or cannot be read
     */
    protected List<SourceFile> readSchema(File location) throws MojoFailureException {
        if (location == null || !location.exists()) {
            throw new MojoFailureException("No Goofer schema at " + location
                    + ": create it (mvn goofer:init writes a starter schema), or set the schema parameter "
                    + "(-Dgoofer.schema=...) to a schema.prisma file or a folder of .prisma files.");
        }
        try {
            return PrismaSchemas.read(location.toPath());
        }
        catch (UncheckedIOException ex) {
            throw new MojoFailureException(ex.getMessage(), ex);
        }
        catch (SchemaValidationException ex) {
            throw invalid(ex, location);
        }
    }

    /**
     * Load and validate the schema and convert it into runtime metadata.
     * @return the metadata
     * @throws MojoFailureException if the schema is missing, invalid, or has no
     * datasource
     */
    protected SchemaMeta schemaMeta() throws MojoFailureException {
        return schemaMeta(schema());
    }

    /**
     * Load, validate and convert a schema other than the configured one.
     * @param location the schema file or folder
     * @return the metadata
     * @throws MojoFailureException if the schema is missing, invalid, or has no
     * datasource
     */
    protected SchemaMeta schemaMeta(File location) throws MojoFailureException {
        ResolvedSchema resolved = resolveSchema(location);
        try {
            return SchemaMetaConverter.convert(resolved);
        }
        catch (IllegalArgumentException ex) {
            throw new MojoFailureException(location + ": " + ex.getMessage());
        }
    }

    /**
     * Turn a failure of the schema tools into a build failure with a message meant for a
     * person: connection problems, data loss and features the database lacks fail the
     * build ({@code throw failure(ex)}) with just their message, the cause going to the
     * debug log ({@code -X}); anything else is thrown as an execution error.
     * @param ex the failure
     * @return the build failure to throw
     * @throws MojoExecutionException for unexpected failures
     */
    protected MojoFailureException failure(RuntimeException ex) throws MojoExecutionException {
        if (ex instanceof SchemaConnectionException || ex instanceof SchemaMigrationException
                || ex instanceof IllegalArgumentException) {
            getLog().debug(ex);
            return new MojoFailureException(ex.getMessage());
        }
        if (ex instanceof DataLossException dataLoss) {
            boolean executable = dataLoss.warnings().stream().allMatch(DataLossWarning::executable);
            return new MojoFailureException(ex.getMessage()
                    + (executable ? "\nSet acceptDataLoss (-Dgoofer.acceptDataLoss=true) to apply it anyway." : ""));
        }
        throw new MojoExecutionException(ex.getMessage(), ex);
    }

    /**
     * Turn an invalid schema into a build failure listing every error as
     * {@code file:line:column: error: message}, logging the warnings.
     * @param ex the validation failure
     * @param location the schema file or folder
     * @return the build failure to throw
     */
    protected MojoFailureException invalid(SchemaValidationException ex, File location) {
        ex.diagnostics()
            .stream()
            .filter((diagnostic) -> !diagnostic.isError())
            .forEach((warning) -> getLog().warn(warning.format()));
        long errors = ex.diagnostics().stream().filter(Diagnostic::isError).count();
        return new MojoFailureException("The Goofer schema at " + location + " is invalid (" + errors
                + ((errors == 1) ? " error" : " errors") + "):\n" + ex.getMessage());
    }

}
