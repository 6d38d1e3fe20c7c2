/**
 * The reliability suite: concurrency, connection faults and hostile input through the
 * blog fixture client, on PostgreSQL, MariaDB and SQLite.
 */
@NullMarked
package dev.goofer.reliability;

import org.jspecify.annotations.NullMarked;
