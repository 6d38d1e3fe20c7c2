/**
 * Tests of the Maven goals, run by setting their fields as Maven would.
 */
@NullMarked
package dev.goofer.maven;

import org.jspecify.annotations.NullMarked;
