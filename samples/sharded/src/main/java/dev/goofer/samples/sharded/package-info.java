/**
 * The sharded sample: a multi-tenant blog platform over several PostgreSQL shards.
 */
@NullMarked
package dev.goofer.samples.sharded;

import org.jspecify.annotations.NullMarked;
