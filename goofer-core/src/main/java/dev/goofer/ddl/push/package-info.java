/**
 * Applying migrations to live databases: data-loss checks against the rows present, and
 * execution in a transaction where the dialect allows it.
 */
@NullMarked
package dev.goofer.ddl.push;

import org.jspecify.annotations.NullMarked;
