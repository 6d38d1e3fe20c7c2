/**
 * Descriptors of the generated client, derived from schema metadata and a naming
 * strategy.
 */
@NullMarked
package dev.goofer.codegen.model;

import org.jspecify.annotations.NullMarked;
