/**
 * Execution of operations on Spring JDBC: statements, row mapping, transactions, error
 * translation.
 */
@NullMarked
package dev.goofer.execution;

import org.jspecify.annotations.NullMarked;
