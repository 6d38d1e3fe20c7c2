package dev.goofer.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for startup failures.
 */
final class Failures {

    private Failures() {
    }

    /** Return the innermost cause of a failure, or the failure itself. */
    static Throwable root(@Nullable Throwable failure) {
        if (failure == null) {
            throw new AssertionError("The context did not fail");
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Return the first failure in the cause chain of the given type. */
    static <T extends Throwable> T find(@Nullable Throwable failure, Class<T> type) {
        Throwable each = failure;
        while (each != null) {
            if (type.isInstance(each)) {
                return type.cast(each);
            }
            each = each.getCause();
        }
        throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
    }

}
