/**
 * Behaviour tests: generated clients compiled in-process and run against a fake executor.
 */
@NullMarked
package dev.goofer.codegen.behaviour;

import org.jspecify.annotations.NullMarked;
