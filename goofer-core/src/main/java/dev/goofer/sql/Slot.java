package dev.goofer.sql;

import org.jspecify.annotations.Nullable;

/**
 * Stands for the value at {@code index} in the normalized shape of a statement: SQL is
 * rendered once per shape with slots instead of values, and the values are bound later.
 *
 * @param index the position of the value in the extracted values
 */
record Slot(int index) {

    private static final String PREFIX = "\u0000goofer-slot:";

    /** Return the slot as a string, for string-typed AST positions. */
    String text() {
        return PREFIX + this.index;
    }

    /** Return the slot a value stands for, or {@code null} when it is a plain value. */
    static @Nullable Slot of(@Nullable Object value) {
        if (value instanceof Slot slot) {
            return slot;
        }
        if (value instanceof String text && text.startsWith(PREFIX)) {
            return new Slot(Integer.parseInt(text.substring(PREFIX.length())));
        }
        return null;
    }

}
