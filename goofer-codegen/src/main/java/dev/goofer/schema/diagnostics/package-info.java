/**
 * Source files, spans and diagnostics of the schema front end, with their wording and
 * rendering.
 */
@NullMarked
package dev.goofer.schema.diagnostics;

import org.jspecify.annotations.NullMarked;
