package dev.goofer.schema.diagnostics;

import java.util.Objects;

/**
 * One error or warning about a schema, with the span it is about.
 *
 * @param severity whether this is an error or a warning
 * @param message the message: a full sentence naming the items involved
 * @param span where the problem is
 */
public record Diagnostic(Severity severity, String message, SourceSpan span) {

    /**
     * Create a diagnostic.
     * @param severity the severity
     * @param message the message
     * @param span the span
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Create an error.
     * @param message the message
     * @param span the span
     * @return the error
     */
    public static Diagnostic error(String message, SourceSpan span) {
        return new Diagnostic(Severity.ERROR, message, span);
    }

    /**
     * Create a warning.
     * @param message the message
     * @param span the span
     * @return the warning
     */
    public static Diagnostic warning(String message, SourceSpan span) {
        return new Diagnostic(Severity.WARNING, message, span);
    }

    /**
     * Whether this diagnostic is an error.
     * @return whether the severity is {@link Severity#ERROR}
     */
    public boolean isError() {
        return this.severity == Severity.ERROR;
    }

    /**
     * Return the one-line form {@code file:line:column: error: message}, which IDEs and
     * Maven link to the source.
     * @return the rendered diagnostic
     */
    public String format() {
        return this.span.location() + ": " + this.severity.label() + ": " + this.message;
    }

    @Override
    public String toString() {
        return format();
    }

}
