/**
 * Tests of the schema tools: exact SQL per dialect and push, validate and diff against
 * real databases.
 */
@NullMarked
package dev.goofer.ddl;

import org.jspecify.annotations.NullMarked;
