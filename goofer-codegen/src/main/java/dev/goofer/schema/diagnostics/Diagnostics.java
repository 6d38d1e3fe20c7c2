package dev.goofer.schema.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mutable collector of diagnostics, used only while one pass runs.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    private int errorCount;

    /**
     * Add a diagnostic.
     * @param diagnostic the diagnostic
     */
    public void add(Diagnostic diagnostic) {
        this.items.add(diagnostic);
        if (diagnostic.isError()) {
            this.errorCount++;
        }
    }

    /**
     * Add all the given diagnostics.
     * @param diagnostics the diagnostics
     */
    public void addAll(List<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /**
     * Whether at least one error was added.
     * @return whether there are errors
     */
    public boolean hasErrors() {
        return this.errorCount > 0;
    }

    /**
     * Return the number of errors added so far.
     * @return the error count
     */
    public int errorCount() {
        return this.errorCount;
    }

    /**
     * Return the diagnostics, warnings first and each group in file, then source order.
     * @return an immutable copy
     */
    public List<Diagnostic> toList() {
        List<Diagnostic> sorted = new ArrayList<>(this.items);
        sorted.sort(ORDER);
        return List.copyOf(sorted);
    }

    /**
     * The order diagnostics are reported in: warnings first, then by file and position.
     */
    public static final Comparator<Diagnostic> ORDER = Comparator
        .comparing((Diagnostic diagnostic) -> diagnostic.severity() != Severity.WARNING)
        .thenComparing((diagnostic) -> diagnostic.span().file())
        .thenComparingInt((diagnostic) -> diagnostic.span().startOffset());

}
