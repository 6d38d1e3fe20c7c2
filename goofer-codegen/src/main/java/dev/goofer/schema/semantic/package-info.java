/**
 * The resolved, validated semantic model of a Prisma schema: models, fields, relations
 * resolved to both sides, enums, indexes and configuration, with the passes that build
 * and check it.
 *
 * <p>
 * Vocabulary, as in Prisma's schema engine (psl):
 * <ul>
 * <li><em>name</em>: the identifier of an item in the schema (model, field, enum, enum
 * value, composite type, datasource, generator), and the {@code name:} argument of
 * {@code @@id}, {@code @@unique} and {@code @relation}, which names them in the client
 * API;</li>
 * <li><em>mapped name</em>: the argument of {@code @map}/{@code @@map} (and the
 * {@code map:} argument of constraints), which says what the item is called in the
 * database;</li>
 * <li><em>database name</em>: the name in the database once both are taken into account:
 * the mapped name if there is one, otherwise the name. For constraints without
 * {@code map:} it is the default constraint name Prisma derives ({@code User_pkey},
 * {@code User_email_key}, {@code Post_authorId_fkey}, {@code Post_title_idx}).</li>
 * </ul>
 */
@NullMarked
package dev.goofer.schema.semantic;

import org.jspecify.annotations.NullMarked;
