/**
 * The blog sample: a REST API over the generated Goofer client.
 */
@NullMarked
package dev.goofer.samples.blog;

import org.jspecify.annotations.NullMarked;
