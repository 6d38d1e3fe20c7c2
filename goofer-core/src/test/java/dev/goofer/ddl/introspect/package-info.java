/**
 * Tests of default parsing.
 */
@NullMarked
package dev.goofer.ddl.introspect;

import org.jspecify.annotations.NullMarked;
