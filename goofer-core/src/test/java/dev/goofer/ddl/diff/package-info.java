/**
 * Tests of the schema differ.
 */
@NullMarked
package dev.goofer.ddl.diff;

import org.jspecify.annotations.NullMarked;
