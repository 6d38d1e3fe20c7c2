/**
 * Maven goals: thin Mojos over the goofer-codegen API.
 */
@NullMarked
package dev.goofer.maven;

import org.jspecify.annotations.NullMarked;
