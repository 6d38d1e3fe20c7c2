/**
 * Not API. Support that generated code may call; nothing else outside Goofer may.
 */
@NullMarked
package dev.goofer.internal;

import org.jspecify.annotations.NullMarked;
