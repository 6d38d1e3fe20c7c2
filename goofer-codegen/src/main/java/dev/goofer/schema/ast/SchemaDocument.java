package dev.goofer.schema.ast;

import java.util.List;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceFile;

/**
 * The syntax tree of one schema file: its top-level declarations in source order.
 *
 * @param source the file
 * @param declarations the models, views, composite types, enums, datasources and
 * generators
 */
public record SchemaDocument(SourceFile source, List<Declaration> declarations) {

    /**
     * Create a document.
     * @param source the file
     * @param declarations the declarations
     */
    public SchemaDocument {
        Objects.requireNonNull(source, "source");
        declarations = List.copyOf(declarations);
    }

}
