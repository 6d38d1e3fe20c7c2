package dev.goofer.schema;

import java.util.List;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;

/**
 * A schema that was parsed but not validated, for tooling: the syntax tree of each file
 * and the syntax errors.
 *
 * @param sources the schema files
 * @param documents the syntax trees, one per file
 * @param diagnostics the syntax errors
 */
public record ParsedSchema(List<SourceFile> sources, List<SchemaDocument> documents, List<Diagnostic> diagnostics) {

    /**
     * Create a parsed schema.
     * @param sources the files
     * @param documents the syntax trees
     * @param diagnostics the syntax errors
     */
    public ParsedSchema {
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether any file has a syntax error.
     * @return whether there are errors
     */
    public boolean hasErrors() {
        return this.diagnostics.stream().anyMatch(Diagnostic::isError);
    }

}
