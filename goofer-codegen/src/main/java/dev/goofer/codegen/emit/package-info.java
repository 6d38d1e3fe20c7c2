/**
 * JavaPoet emitters, one per generated artifact.
 */
@NullMarked
package dev.goofer.codegen.emit;

import org.jspecify.annotations.NullMarked;
