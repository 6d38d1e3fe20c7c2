package dev.goofer.schema.diagnostics;

/**
 * How serious a diagnostic is. Only errors make a schema invalid.
 */
public enum Severity {

    /** The schema is invalid. */
    ERROR("error"),

    /** The schema is valid, but something deserves attention. */
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /**
     * Return the lower-case label used in rendered diagnostics.
     * @return {@code error} or {@code warning}
     */
    public String label() {
        return this.label;
    }

}
