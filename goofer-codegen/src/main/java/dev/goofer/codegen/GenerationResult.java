package dev.goofer.codegen;

import java.util.List;

import dev.goofer.codegen.naming.NamingConflict;

/**
 * The outcome of generating a client: its files, or the naming conflicts that prevent
 * generating it. Never both: a client with conflicts has no files, so that broken code is
 * never written.
 *
 * @param files the generated sources and resources, in a fixed order
 * @param conflicts the naming conflicts, empty on success
 * @param renames the names that gave way to another with a trailing underscore (a field
 * {@code created_at} next to a field {@code createdAt}, the field handles of a model
 * {@code ir_model} next to a model {@code ir_model_fields}), worth a warning at the
 * schema
 */
public record GenerationResult(List<GeneratedFile> files, List<NamingConflict> conflicts,
        List<NamingConflict> renames) {

    public GenerationResult {
        files = List.copyOf(files);
        conflicts = List.copyOf(conflicts);
        renames = List.copyOf(renames);
        if (!files.isEmpty() && !conflicts.isEmpty()) {
            throw new IllegalArgumentException("A result has files or conflicts, not both");
        }
    }

    /**
     * Create a result without renames.
     * @param files the generated sources and resources
     * @param conflicts the naming conflicts
     */
    public GenerationResult(List<GeneratedFile> files, List<NamingConflict> conflicts) {
        this(files, conflicts, List.of());
    }

    /**
     * Whether the client was generated.
     * @return whether there are no conflicts
     */
    public boolean successful() {
        return this.conflicts.isEmpty();
    }

    /**
     * Return the generated Java sources.
     * @return the sources
     */
    public List<GeneratedFile> sources() {
        return this.files.stream().filter((file) -> file.kind() == GeneratedFile.Kind.SOURCE).toList();
    }

    /**
     * Return the generated resources.
     * @return the resources
     */
    public List<GeneratedFile> resources() {
        return this.files.stream().filter((file) -> file.kind() == GeneratedFile.Kind.RESOURCE).toList();
    }

}
