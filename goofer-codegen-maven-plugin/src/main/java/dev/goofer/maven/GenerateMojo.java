package dev.goofer.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.codegen.ClientGeneration;
import dev.goofer.codegen.GeneratedClient;
import dev.goofer.codegen.WrittenFiles;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * {@code goofer:generate}: generate the typed Java client of the schema into
 * {@code target/generated-sources/goofer} (its {@code META-INF/services} registration
 * into {@code target/generated-resources/goofer}) and add both to the build. The package
 * and client name come from the schema's Goofer generator block ({@code generator client
 * { provider = "goofer" package = "com.example.db" }}), which the {@code packageName} and
 * {@code clientName} parameters override; without either, the package is the project's
 * {@code groupId} followed by {@code .db}. Nothing is written when neither the schema,
 * the settings nor the plugin changed since the last run. A schema error fails the build
 * with every diagnostic as {@code file:line:column: error: message}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractSchemaMojo {

    static final String STAMP_DIRECTORY = "maven-status/goofer";

    /**
     * The root of the generated Java sources, added as a compile source root.
     */
    @Parameter(property = "goofer.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/goofer")
    File outputDirectory;

    /**
     * The root of the generated resources (the client's {@code META-INF/services}
     * registration), added as a resource root.
     */
    @Parameter(property = "goofer.resourceOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/goofer")
    File resourceOutputDirectory;

    /**
     * The package of the generated client, overriding the {@code package} of the schema's
     * generator block.
     */
    @Parameter(property = "goofer.package")
    @Nullable String packageName;

    /**
     * The simple class name of the generated client, overriding the {@code clientName} of
     * the schema's generator block; {@code GooferClient} by default.
     */
    @Parameter(property = "goofer.clientName")
    @Nullable String clientName;

    /**
     * Whether to generate even when the schema and settings are unchanged since the last
     * run.
     */
    @Parameter(property = "goofer.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    @Nullable MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    @Nullable PluginDescriptor plugin;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    @Nullable MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        List<SourceFile> sources = readSchema(schema());
        String defaultPackage = defaultPackage(this.project);
        String fingerprint = GenerationStamp.fingerprint(sources, settings(defaultPackage));
        Path stampFile = stampFile();
        GenerationStamp last = GenerationStamp.read(stampFile);
        if (!this.force && last != null && last.upToDate(fingerprint)) {
            getLog().info("The Goofer client is up to date with " + schema() + " (" + last.files().size() + " files in "
                    + this.outputDirectory + ").");
        }
        else {
            generate(sources, defaultPackage, fingerprint, last, stampFile);
        }
        addRoots();
    }

    // One stamp per execution, so that two executions generating two schemas do not
    // delete
    // each other's files as stale, while one execution still cleans up a moved output.
    private Path stampFile() {
        String id = (this.mojoExecution != null) ? this.mojoExecution.getExecutionId() : null;
        String name = (id == null || id.equals("default")) ? "generate.stamp" : "generate-" + id + ".stamp";
        return this.buildDirectory.toPath().resolve(STAMP_DIRECTORY).resolve(name);
    }

    private void generate(List<SourceFile> sources, String defaultPackage, String fingerprint,
            @Nullable GenerationStamp last, Path stampFile) throws MojoFailureException, MojoExecutionException {
        long start = System.nanoTime();
        GeneratedClient client = generateClient(sources, defaultPackage);
        client.warnings().forEach((warning) -> getLog().warn(warning.format()));
        if (client.output() != null) {
            getLog().debug("The output " + client.output() + " of the generator block is for the command line; "
                    + "goofer:generate writes to " + this.outputDirectory + ".");
        }
        Path sourceRoot = this.outputDirectory.toPath().toAbsolutePath().normalize();
        Path resourceRoot = this.resourceOutputDirectory.toPath().toAbsolutePath().normalize();
        try {
            WrittenFiles written = client.write(sourceRoot, resourceRoot);
            List<Path> files = written.files().stream().map((file) -> file.toAbsolutePath().normalize()).toList();
            List<Path> deleted = new ArrayList<>(written.deleted());
            if (last != null) {
                deleted.addAll(last.deleteStale(files, List.of(sourceRoot, resourceRoot)));
            }
            new GenerationStamp(fingerprint, List.of(sourceRoot, resourceRoot), files).write(stampFile);
            getLog().info("Generated the Goofer client " + client.options().packageName() + "."
                    + client.options().clientClassName() + " from " + schema() + ": " + client.schema().models().size()
                    + " models, " + files.size() + " files (" + written.changed() + " written, " + deleted.size()
                    + " deleted) in " + (System.nanoTime() - start) / 1_000_000 + " ms.");
        }
        catch (IOException ex) {
            throw new MojoExecutionException("Cannot write the Goofer client: " + ex.getMessage(), ex);
        }
    }

    private GeneratedClient generateClient(List<SourceFile> sources, String defaultPackage)
            throws MojoFailureException {
        ClientGeneration generation;
        try {
            generation = ClientGeneration.create()
                .withPackageName(this.packageName)
                .withClientClassName(this.clientName)
                .withDefaultPackageName(defaultPackage);
        }
        catch (IllegalArgumentException ex) {
            throw new MojoFailureException("Invalid goofer:generate parameter: " + ex.getMessage() + ".");
        }
        try {
            return generation.generate(sources, ClientGeneration.sourceName(schema().toPath()));
        }
        catch (SchemaValidationException ex) {
            throw invalid(ex, schema());
        }
    }

    private List<String> settings(String defaultPackage) {
        return List.of("plugin " + ((this.plugin != null) ? this.plugin.getId() : "unknown"),
                "package " + this.packageName, "client " + this.clientName, "default package " + defaultPackage,
                "sources " + this.outputDirectory.getAbsolutePath(),
                "resources " + this.resourceOutputDirectory.getAbsolutePath(),
                "schema " + ClientGeneration.sourceName(schema().toPath()));
    }

    /**
     * Return the package of a project's client when nothing else names one: its
     * {@code groupId} followed by {@code .db}.
     */
    static String defaultPackage(@Nullable MavenProject project) {
        String groupId = (project != null) ? project.getGroupId() : null;
        String base = (groupId != null) ? JavaIdentifiers.toPackageName(groupId) : "";
        return base.isEmpty() ? "db" : base + ".db";
    }

    private void addRoots() {
        if (this.project == null) {
            return;
        }
        String sources = this.outputDirectory.getAbsolutePath();
        if (!this.project.getCompileSourceRoots().contains(sources)) {
            this.project.addCompileSourceRoot(sources);
        }
        String resources = this.resourceOutputDirectory.getAbsolutePath();
        boolean added = this.project.getResources()
            .stream()
            .anyMatch((resource) -> resources.equals(resource.getDirectory()));
        if (!added) {
            Resource resource = new Resource();
            resource.setDirectory(resources);
            this.project.addResource(resource);
        }
    }

}
