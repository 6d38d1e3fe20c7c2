/**
 * The Prisma schema front end: load, parse and validate {@code schema.prisma} files.
 */
@NullMarked
package dev.goofer.schema;

import org.jspecify.annotations.NullMarked;
