/**
 * Actuator support for Goofer: the {@code goofer} endpoint and the shard health
 * indicators.
 */
@NullMarked
package dev.goofer.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
