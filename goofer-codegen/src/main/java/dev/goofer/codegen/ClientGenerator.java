package dev.goofer.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.JavaFile;
import dev.goofer.codegen.emit.ClientSources;
import dev.goofer.codegen.model.ClientDescriptor;
import dev.goofer.codegen.model.ClientDescriptors;
import dev.goofer.metadata.SchemaMeta;

/**
 * Generates the typed Java client of a schema: per model a record, its field handles,
 * unique selectors and create and update inputs; an enum per schema enum; the schema
 * metadata; the client; and its {@code ClientDefinition} with the service registration.
 * Generation is deterministic: the same schema and options give byte-identical files.
 *
 * <pre class="code">
 * GenerationResult result = new ClientGenerator(GeneratorOptions.of("com.example.db"))
 *     .generate(schema, sourcesDirectory, resourcesDirectory);
 * result.conflicts().forEach((conflict) -&gt; ...); // naming conflicts, reported at the schema
 * </pre>
 */
public final class ClientGenerator {

    private final GeneratorOptions options;

    /**
     * Create a generator.
     * @param options what to generate
     */
    public ClientGenerator(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Return the options.
     * @return the options
     */
    public GeneratorOptions options() {
        return this.options;
    }

    /**
     * Generate the client's files in memory.
     * @param schema the schema metadata
     * @return the files, or the naming conflicts that prevent generating them
     */
    public GenerationResult generate(SchemaMeta schema) {
        ClientDescriptors.Derivation derivation = ClientDescriptors.derive(schema, this.options.packageName(),
                this.options.clientClassName(), this.options.sourceFileName(), this.options.namingStrategy());
        ClientDescriptor client = derivation.client();
        if (client == null) {
            return new GenerationResult(List.of(), derivation.conflicts(), derivation.renames());
        }
        ClientSources.Output output = ClientSources.emit(client);
        if (!output.conflicts().isEmpty()) {
            return new GenerationResult(List.of(), output.conflicts(), derivation.renames());
        }
        List<GeneratedFile> files = new ArrayList<>(output.files().size() + 1);
        files.addAll(output.files().parallelStream().map(ClientGenerator::source).toList());
        files.add(new GeneratedFile(GeneratedFile.Kind.RESOURCE, output.servicePath(), output.serviceFile()));
        return new GenerationResult(files, List.of(), derivation.renames());
    }

    private static GeneratedFile source(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(GeneratedFile.Kind.SOURCE, path, file.toString());
    }

    /**
     * Generate the client and write its files. Unchanged files are left untouched, so
     * that incremental builds see no change, and sources an earlier run generated into
     * the package that this run no longer generates are deleted. Nothing is written when
     * there are conflicts.
     * @param schema the schema metadata
     * @param sourceDirectory the root of the generated sources
     * @param resourceDirectory the root of the generated resources
     * @return the files written or kept, or the naming conflicts
     * @throws IOException if a file cannot be written
     */
    public GenerationResult generate(SchemaMeta schema, Path sourceDirectory, Path resourceDirectory)
            throws IOException {
        GenerationResult result = generate(schema);
        if (result.successful()) {
            new OutputWriter(sourceDirectory, resourceDirectory).write(result.files(),
                    this.options.packageName().replace('.', '/'));
        }
        return result;
    }

}
