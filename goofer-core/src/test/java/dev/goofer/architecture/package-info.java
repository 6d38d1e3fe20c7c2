/**
 * Architecture rules of goofer-core, checked with ArchUnit.
 */
@NullMarked
package dev.goofer.architecture;

import org.jspecify.annotations.NullMarked;
