/**
 * The workload benchmarks: the same schema, data and operations through hand-written
 * JDBC, Goofer, jOOQ, Hibernate and MyBatis, on PostgreSQL and SQLite.
 */
@NullMarked
package dev.goofer.benchmarks.workload;

import org.jspecify.annotations.NullMarked;
