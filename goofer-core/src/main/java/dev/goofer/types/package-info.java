/**
 * Value types for Prisma scalars that Java lacks: {@link dev.goofer.types.Json} and
 * {@link dev.goofer.types.Bytes}.
 */
@NullMarked
package dev.goofer.types;

import org.jspecify.annotations.NullMarked;
