/**
 * Real databases for integration tests: an environment URL first, then Testcontainers,
 * else a clear skip.
 */
@NullMarked
package dev.goofer.testsupport;

import org.jspecify.annotations.NullMarked;
