/**
 * Integration tests of the JDBC executor against real PostgreSQL, MariaDB and SQLite.
 */
@NullMarked
package dev.goofer.integration;

import org.jspecify.annotations.NullMarked;
