/**
 * Tests of the blog sample over HTTP.
 */
@NullMarked
package dev.goofer.samples.blog;

import org.jspecify.annotations.NullMarked;
