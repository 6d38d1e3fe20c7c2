/**
 * Spring Boot autoconfiguration for Goofer.
 */
@NullMarked
package dev.goofer.autoconfigure;

import org.jspecify.annotations.NullMarked;
