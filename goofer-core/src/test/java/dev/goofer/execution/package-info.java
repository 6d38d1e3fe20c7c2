/**
 * Unit tests of the JDBC executor's parts that need no database.
 */
@NullMarked
package dev.goofer.execution;

import org.jspecify.annotations.NullMarked;
