/**
 * Schema management for the runtime, the CLI and the Maven plugin: create scripts,
 * {@code db push}, startup validation and Flyway migrations from a schema's metadata.
 */
@NullMarked
package dev.goofer.ddl;

import org.jspecify.annotations.NullMarked;
