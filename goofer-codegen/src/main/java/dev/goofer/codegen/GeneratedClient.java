package dev.goofer.codegen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import org.jspecify.annotations.Nullable;

/**
 * A client generated in memory from a valid schema by {@link ClientGeneration}: its
 * files, the options it was generated with, and the schema's warnings.
 *
 * @param schema the schema metadata the client was generated from
 * @param options the options the client was generated with
 * @param files the generated sources and resources, in a fixed order
 * @param warnings the schema's warnings, including those about the Goofer generator block
 * @param sources the schema files, to render the warnings with code frames
 * @param output the {@code output} of the Goofer generator block, resolved against the
 * folder of the file that declares it, or {@code null}
 */
public record GeneratedClient(SchemaMeta schema, GeneratorOptions options, List<GeneratedFile> files,
        List<Diagnostic> warnings, List<SourceFile> sources, @Nullable Path output) {

    public GeneratedClient {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(options, "options");
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        sources = List.copyOf(sources);
    }

    /**
     * Write the files: sources under one root, the {@code META-INF/services} registration
     * under the other (which may be the same). Files whose content is unchanged are left
     * untouched, so that incremental builds see no change, and sources an earlier run
     * generated into the package that this client no longer has are deleted.
     * @param sourceDirectory the root of the generated sources
     * @param resourceDirectory the root of the generated resources
     * @return what was written and deleted
     * @throws IOException if a file cannot be written
     */
    public WrittenFiles write(Path sourceDirectory, Path resourceDirectory) throws IOException {
        return new OutputWriter(sourceDirectory, resourceDirectory).write(this.files,
                this.options.packageName().replace('.', '/'));
    }

}
