package dev.goofer.schema.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a schema is invalid. It carries every diagnostic found (all errors, plus
 * any warnings), never just the first, and the source files so they can be rendered with
 * code frames by {@link DiagnosticPrinter}.
 */
public class SchemaValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Diagnostic> diagnostics;

    private final transient List<SourceFile> sources;

    /**
     * Create an exception for the given diagnostics.
     * @param diagnostics the diagnostics, at least one of them an error
     */
    public SchemaValidationException(List<Diagnostic> diagnostics) {
        this(diagnostics, List.of());
    }

    /**
     * Create an exception for the given diagnostics and the files they point into.
     * @param diagnostics the diagnostics, at least one of them an error
     * @param sources the schema files
     */
    public SchemaValidationException(List<Diagnostic> diagnostics, List<SourceFile> sources) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
        this.sources = List.copyOf(sources);
    }

    private static String message(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
            .filter(Diagnostic::isError)
            .map(Diagnostic::format)
            .collect(Collectors.joining("\n"));
    }

    /**
     * Return all diagnostics: the errors and any warnings.
     * @return the diagnostics
     */
    public List<Diagnostic> diagnostics() {
        return this.diagnostics;
    }

    /**
     * Return only the errors.
     * @return the errors
     */
    public List<Diagnostic> errors() {
        return this.diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Return the schema files the diagnostics point into, empty if unknown.
     * @return the source files
     */
    public List<SourceFile> sources() {
        return this.sources;
    }

    /**
     * Render every diagnostic with its code frame.
     * @return the rendered diagnostics
     */
    public String render() {
        return DiagnosticPrinter.render(this.diagnostics, this.sources);
    }

}
