/**
 * Tests of the Goofer autoconfiguration.
 */
@NullMarked
package dev.goofer.autoconfigure;

import org.jspecify.annotations.NullMarked;
