/**
 * The typed client API that generated code exposes: field handles, conditions, query
 * steps ending in {@code fetch()} or {@code execute()}, inputs and results.
 */
@NullMarked
package dev.goofer.client;

import org.jspecify.annotations.NullMarked;
