package dev.goofer.schema.parser;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;

/**
 * The result of parsing one file: its syntax tree, which holds everything that could be
 * parsed, and the syntax errors found.
 *
 * @param document the syntax tree
 * @param diagnostics the syntax errors, in source order
 */
public record ParsedFile(SchemaDocument document, List<Diagnostic> diagnostics) {

    /**
     * Create a parse result.
     * @param document the syntax tree
     * @param diagnostics the diagnostics
     */
    public ParsedFile {
        Objects.requireNonNull(document, "document");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether the file has syntax errors.
     * @return whether any diagnostic is an error
     */
    public boolean hasErrors() {
        return this.diagnostics.stream().anyMatch(Diagnostic::isError);
    }

}
