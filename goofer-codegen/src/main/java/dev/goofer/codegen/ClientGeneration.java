package dev.goofer.codegen;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.goofer.codegen.metadata.SchemaMetaConverter;
import dev.goofer.codegen.naming.DefaultNamingStrategy;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.codegen.naming.NamingStrategy;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.diagnostics.SourceSpan;
import dev.goofer.schema.semantic.ResolvedSchema;
import org.jspecify.annotations.Nullable;

/**
 * From a schema file or folder to the files of its typed client: load and validate the
 * schema, read its Goofer {@code generator} block, convert it to metadata and generate,
 * reporting every problem (schema errors, an invalid generator block, Java names that
 * clash) as a {@code file:line:column} diagnostic. The Maven plugin and the command line
 * both generate through this class.
 *
 * <p>
 * The generator block is the one whose provider is {@code "goofer"} (or
 * {@code "goofer-client-java"}); other generators are ignored. Its properties:
 * <ul>
 * <li>{@code package}: the package of the generated sources, such as
 * {@code "com.example.db"};</li>
 * <li>{@code clientName}: the simple name of the client class, {@code GooferClient} by
 * default;</li>
 * <li>{@code output}: where the command line writes when {@code --out} is not given,
 * relative to the schema file (the Maven plugin always writes under {@code target}).</li>
 * </ul>
 * A package or client name given to this class overrides the block's; the default package
 * applies when neither names one.
 *
 * <pre class="code">
 * GeneratedClient client = ClientGeneration.create()
 *     .withDefaultPackageName("com.example.db")
 *     .generate(Path.of("src/main/prisma/schema.prisma")); // throws SchemaValidationException
 * client.write(sourcesDirectory, resourcesDirectory);
 * </pre>
 *
 * Instances are immutable and thread-safe; generation is deterministic.
 */
public final class ClientGeneration {

    private final @Nullable String packageName;

    private final @Nullable String clientClassName;

    private final @Nullable String defaultPackageName;

    private final NamingStrategy namingStrategy;

    private ClientGeneration(@Nullable String packageName, @Nullable String clientClassName,
            @Nullable String defaultPackageName, NamingStrategy namingStrategy) {
        this.packageName = packageName;
        this.clientClassName = clientClassName;
        this.defaultPackageName = defaultPackageName;
        this.namingStrategy = Objects.requireNonNull(namingStrategy, "namingStrategy");
    }

    /**
     * Return a generation that takes its settings from the schema's generator block.
     * @return the generation
     */
    public static ClientGeneration create() {
        return new ClientGeneration(null, null, null, DefaultNamingStrategy.INSTANCE);
    }

    /**
     * Return this generation with a package that overrides the generator block's.
     * @param packageName the package, or {@code null} to use the block's
     * @return the generation
     * @throws IllegalArgumentException if the name is not a Java package name
     */
    public ClientGeneration withPackageName(@Nullable String packageName) {
        return new ClientGeneration(checkPackage(packageName), this.clientClassName, this.defaultPackageName,
                this.namingStrategy);
    }

    /**
     * Return this generation with a client class name that overrides the generator
     * block's.
     * @param clientClassName the simple class name, or {@code null} to use the block's
     * @return the generation
     * @throws IllegalArgumentException if the name is not a Java class name
     */
    public ClientGeneration withClientClassName(@Nullable String clientClassName) {
        if (clientClassName != null && !JavaIdentifiers.isTypeName(clientClassName)) {
            throw new IllegalArgumentException("\"" + clientClassName + "\" is not a Java class name");
        }
        return new ClientGeneration(this.packageName, clientClassName, this.defaultPackageName, this.namingStrategy);
    }

    /**
     * Return this generation with the package used when neither this generation nor the
     * generator block names one, such as one derived from a Maven {@code groupId}.
     * @param defaultPackageName the package, or {@code null} for none
     * @return the generation
     * @throws IllegalArgumentException if the name is not a Java package name
     */
    public ClientGeneration withDefaultPackageName(@Nullable String defaultPackageName) {
        return new ClientGeneration(this.packageName, this.clientClassName, checkPackage(defaultPackageName),
                this.namingStrategy);
    }

    /**
     * Return this generation with another naming strategy.
     * @param namingStrategy the naming strategy
     * @return the generation
     */
    public ClientGeneration withNamingStrategy(NamingStrategy namingStrategy) {
        return new ClientGeneration(this.packageName, this.clientClassName, this.defaultPackageName, namingStrategy);
    }

    /**
     * Generate the client of a schema file, or of a folder whose {@code .prisma} files
     * form one schema, in memory.
     * @param schema the schema file or folder
     * @return the generated client
     * @throws SchemaValidationException with every diagnostic (and the warnings) if the
     * schema is invalid, its Goofer generator block is, or its names clash in Java
     * @throws MissingPackageException if nothing names the package
     * @throws UncheckedIOException if the schema cannot be read
     */
    public GeneratedClient generate(Path schema) {
        return generate(PrismaSchemas.read(schema), sourceName(schema));
    }

    /**
     * Generate the client of schema files held in memory.
     * @param sources the files that together form the schema
     * @param sourceFileName the schema name written in the header of each generated file
     * @return the generated client
     * @throws SchemaValidationException with every diagnostic (and the warnings) if the
     * schema is invalid, its Goofer generator block is, or its names clash in Java
     * @throws MissingPackageException if nothing names the package
     */
    public GeneratedClient generate(List<SourceFile> sources, String sourceFileName) {
        ResolvedSchema schema = PrismaSchemas.load(sources);
        List<Diagnostic> diagnostics = new ArrayList<>(schema.warnings());
        GooferGeneratorBlock block = GooferGeneratorBlock.read(schema, diagnostics);
        if (schema.datasource() == null) {
            diagnostics.add(SchemaErrors.clientNeedsDatasource(start(sources)));
        }
        failOnErrors(diagnostics, sources);
        GeneratorOptions options = options(block, sourceFileName);
        SchemaMeta meta = SchemaMetaConverter.convert(schema);
        GenerationResult result = new ClientGenerator(options).generate(meta);
        if (!result.successful()) {
            diagnostics.addAll(ConflictDiagnostics.errors(result.conflicts(), schema, start(sources)));
            failOnErrors(diagnostics, sources);
        }
        diagnostics.addAll(ConflictDiagnostics.warnings(result.renames(), schema, start(sources)));
        return new GeneratedClient(meta, options, result.files(), diagnostics, sources, block.output());
    }

    private GeneratorOptions options(GooferGeneratorBlock block, String sourceFileName) {
        String resolvedPackage = first(this.packageName, block.packageName(), this.defaultPackageName);
        if (resolvedPackage == null) {
            throw new MissingPackageException();
        }
        String resolvedClient = first(this.clientClassName, block.clientName(),
                GeneratorOptions.DEFAULT_CLIENT_CLASS_NAME);
        return new GeneratorOptions(resolvedPackage, Objects.requireNonNull(resolvedClient), sourceFileName,
                this.namingStrategy);
    }

    private static void failOnErrors(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new SchemaValidationException(diagnostics, sources);
        }
    }

    private static SourceSpan start(List<SourceFile> sources) {
        return new SourceSpan(sources.isEmpty() ? "schema.prisma" : sources.get(0).name(), 0, 0, 1, 1);
    }

    /**
     * Return the schema name that {@link #generate(Path)} writes in the header of each
     * generated file: the file name, or {@code <folder>/*.prisma} for a folder.
     * @param schema the schema file or folder
     * @return the name
     */
    public static String sourceName(Path schema) {
        Path name = schema.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            return GeneratorOptions.DEFAULT_SOURCE_FILE_NAME;
        }
        return Files.isDirectory(schema) ? name + "/*.prisma" : name.toString();
    }

    private static @Nullable String checkPackage(@Nullable String packageName) {
        if (packageName != null && !JavaIdentifiers.isPackageName(packageName)) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a Java package name");
        }
        return packageName;
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

}
