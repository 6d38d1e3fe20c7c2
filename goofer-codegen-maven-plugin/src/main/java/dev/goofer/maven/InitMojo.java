package dev.goofer.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.goofer.codegen.StarterSchema;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * {@code goofer:init}: write a starter schema to {@code src/main/prisma/schema.prisma}: a
 * Goofer generator block with the package, a datasource for the chosen database and a
 * user and post model pair. Never overwrites an existing schema.
 *
 * <pre>
 * mvn goofer:init -Dgoofer.provider=postgresql
 * </pre>
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractMojo {

    /**
     * Where to write the schema: a {@code .prisma} file, or a folder that receives a
     * {@code schema.prisma}.
     */
    @Parameter(property = "goofer.schema", defaultValue = "${project.basedir}/src/main/prisma/schema.prisma")
    File schema;

    /**
     * The database of the datasource: {@code sqlite}, {@code postgresql} or
     * {@code mysql}.
     */
    @Parameter(property = "goofer.provider", defaultValue = "sqlite")
    String provider;

    /**
     * The package of the generated client, written to the generator block; by default the
     * project's {@code groupId} followed by {@code .db}.
     */
    @Parameter(property = "goofer.package")
    @Nullable String packageName;

    @Parameter(defaultValue = "${project}", readonly = true)
    @Nullable MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path target = this.schema.toPath();
        if (!target.getFileName().toString().endsWith(".prisma")) {
            if (holdsSchema(target)) {
                throw new MojoFailureException(
                        "The folder " + target + " already holds a schema; goofer:init " + "does not overwrite it.");
            }
            target = target.resolve(StarterSchema.FILE_NAME);
        }
        String resolvedPackage = (this.packageName != null) ? this.packageName
                : GenerateMojo.defaultPackage(this.project);
        try {
            StarterSchema.write(target, this.provider, resolvedPackage);
        }
        catch (FileAlreadyExistsException ex) {
            throw new MojoFailureException(
                    "A schema already exists at " + target + "; goofer:init does not " + "overwrite it.");
        }
        catch (IllegalArgumentException ex) {
            throw new MojoFailureException("Invalid goofer:init parameter: " + ex.getMessage());
        }
        catch (IOException ex) {
            throw new MojoExecutionException("Cannot write the schema " + target + ": " + ex.getMessage(), ex);
        }
        getLog().info("Wrote a starter Goofer schema for " + this.provider + " to " + target + " (client package "
                + resolvedPackage + "). Edit it, then build: goofer:generate writes the client to "
                + "target/generated-sources/goofer.");
    }

    private static boolean holdsSchema(Path folder) throws MojoExecutionException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch((file) -> file.getFileName().toString().endsWith(".prisma"));
        }
        catch (IOException ex) {
            throw new MojoExecutionException("Cannot read " + folder + ": " + ex.getMessage(), ex);
        }
    }

}
