/**
 * The ANTLR-based Prisma schema parser; the only package that touches ANTLR.
 */
@NullMarked
package dev.goofer.schema.parser;

import org.jspecify.annotations.NullMarked;
