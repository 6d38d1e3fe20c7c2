package dev.goofer.codegen.metadata;

import java.util.List;

import dev.goofer.metadata.JoinTable;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.RelationFieldMeta;
import dev.goofer.metadata.RelationKind;
import dev.goofer.metadata.SchemaMeta;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relation fields resolved to both sides: kinds, copied keys, names, referential actions,
 * foreign key names and implicit many-to-many join tables.
 */
class RelationConversionTest {

    @Test
    void backSideCopiesTheForeignKeyOfTheForwardSide() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model User {
                  id       Int    @id
                  tenant   String
                  posts    Post[] @relation("Authored")

                  @@unique([id, tenant])
                }

                model Post {
                  id           Int    @id
                  authorId     Int    @map("author_id")
                  authorTenant String
                  author       User   @relation("Authored", fields: [authorId, authorTenant], references: [id, tenant])

                  @@map("posts")
                }
                """);
        assertThat(schema.model("Post").relationField("author"))
            .isEqualTo(new RelationFieldMeta("author", "User", false, false, "Authored", RelationKind.FORWARD, "posts",
                    List.of("authorId", "authorTenant"), List.of("id", "tenant"), ReferentialAction.RESTRICT,
                    ReferentialAction.CASCADE, "posts_author_id_authorTenant_fkey", null, false, null));
        assertThat(schema.model("User").relationField("posts"))
            .isEqualTo(new RelationFieldMeta("posts", "Post", false, true, "Authored", RelationKind.BACK, "author",
                    List.of("authorId", "authorTenant"), List.of("id", "tenant"), ReferentialAction.RESTRICT,
                    ReferentialAction.CASCADE, null, null, false, null));
    }

    @Test
    void defaultRelationNameJoinsTheSortedModelNames() {
        SchemaMeta schema = Schemas.convert("sqlite", """
                model User {
                  id      Int      @id
                  profile Profile?
                }

                model Profile {
                  id     Int  @id
                  userId Int  @unique
                  user   User @relation(fields: [userId], references: [id])
                }
                """);
        RelationFieldMeta back = schema.model("User").relationField("profile");
        assertThat(back.relationName()).isEqualTo("ProfileToUser");
        assertThat(back.kind()).isEqualTo(RelationKind.BACK);
        assertThat(back.optional()).isTrue();
        assertThat(back.list()).isFalse();
        assertThat(back.oppositeField()).isEqualTo("user");
    }

    @Test
    void onDeleteDefaultsToSetNullForOptionalAndRestrictForRequiredForeignKeys() {
        SchemaMeta schema = Schemas.convert("postgresql",
                """
                        model User {
                          id       Int    @id
                          posts    Post[] @relation("posts")
                          reviews  Post[] @relation("reviews")
                          edits    Post[] @relation("edits")
                        }

                        model Post {
                          id         Int   @id
                          authorId   Int
                          author     User  @relation("posts", fields: [authorId], references: [id])
                          reviewerId Int?
                          reviewer   User? @relation("reviews", fields: [reviewerId], references: [id])
                          editorId   Int
                          editor     User  @relation("edits", fields: [editorId], references: [id], onDelete: Cascade, onUpdate: NoAction)
                        }
                        """);
        RelationFieldMeta author = schema.model("Post").relationField("author");
        assertThat(author.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(author.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        RelationFieldMeta reviewer = schema.model("Post").relationField("reviewer");
        assertThat(reviewer.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(reviewer.optional()).isTrue();
        RelationFieldMeta editor = schema.model("Post").relationField("editor");
        assertThat(editor.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(editor.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
        RelationFieldMeta edits = schema.model("User").relationField("edits");
        assertThat(edits.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(edits.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void requiredForeignKeysDefaultToNoActionOnSqlServer() {
        SchemaMeta schema = Schemas.convert("sqlserver", """
                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        assertThat(schema.model("Post").relationField("author").onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void mappedForeignKeyNameIsKept() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id], map: "fk_post_author")
                }
                """);
        assertThat(schema.model("Post").relationField("author").foreignKeyName()).isEqualTo("fk_post_author");
    }

    @Test
    void defaultForeignKeyNamesAreCutToTheIdentifierLimitOfTheProvider() {
        String body = """
                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id       Int  @id
                  authorId Int  @map("author_identifier_with_a_rather_long_column_name")
                  author   User @relation(fields: [authorId], references: [id])

                  @@map("publications_table")
                }
                """;
        String postgres = Schemas.convert("postgresql", body).model("Post").relationField("author").foreignKeyName();
        String mysql = Schemas.convert("mysql", body).model("Post").relationField("author").foreignKeyName();
        String sqlite = Schemas.convert("sqlite", body).model("Post").relationField("author").foreignKeyName();
        assertThat(postgres).isEqualTo("publications_table_author_identifier_with_a_rather_long_co_fkey").hasSize(63);
        assertThat(mysql).isEqualTo("publications_table_author_identifier_with_a_rather_long_col_fkey").hasSize(64);
        assertThat(sqlite).isEqualTo("publications_table_author_identifier_with_a_rather_long_column_name_fkey");
    }

    @Test
    void selfRelationHasAForwardAndABackSideOnTheSameModel() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model Employee {
                  id        Int        @id
                  managerId Int?
                  manager   Employee?  @relation("Reports", fields: [managerId], references: [id])
                  reports   Employee[] @relation("Reports")
                }
                """);
        RelationFieldMeta manager = schema.model("Employee").relationField("manager");
        RelationFieldMeta reports = schema.model("Employee").relationField("reports");
        assertThat(manager.kind()).isEqualTo(RelationKind.FORWARD);
        assertThat(manager.oppositeField()).isEqualTo("reports");
        assertThat(reports.kind()).isEqualTo(RelationKind.BACK);
        assertThat(reports.oppositeField()).isEqualTo("manager");
        assertThat(reports.fields()).containsExactly("managerId");
        assertThat(reports.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
    }

    @Test
    void implicitManyToManyPutsTheAlphabeticallyFirstModelInColumnA() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model Post {
                  id         Int        @id @map("post_id")
                  categories Category[]
                }

                model Category {
                  key   String @id
                  posts Post[]
                }
                """);
        RelationFieldMeta categories = schema.model("Post").relationField("categories");
        assertThat(categories).isEqualTo(new RelationFieldMeta("categories", "Category", false, true, "CategoryToPost",
                RelationKind.IMPLICIT_MANY_TO_MANY, "posts", List.of(), List.of(), ReferentialAction.CASCADE,
                ReferentialAction.CASCADE, null, new JoinTable("_CategoryToPost", null, "B", "A", "id", "key"), false,
                null));
        assertThat(schema.model("Category").relationField("posts").joinTable())
            .isEqualTo(new JoinTable("_CategoryToPost", null, "A", "B", "key", "id"));
    }

    @Test
    void modelNamesCompareByteWiseSoUppercaseComesFirst() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model apple {
                  id     Int     @id
                  zebras Zebra[] @relation("Eats")
                }

                model Zebra {
                  id     Int     @id
                  apples apple[] @relation("Eats")
                }
                """);
        assertThat(schema.model("Zebra").relationField("apples").joinTable().selfColumn()).isEqualTo("A");
        assertThat(schema.model("apple").relationField("zebras").joinTable())
            .isEqualTo(new JoinTable("_Eats", null, "B", "A", "id", "id"));
    }

    @Test
    void selfManyToManyPutsTheAlphabeticallyFirstFieldInColumnA() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model User {
                  id        Int    @id
                  following User[] @relation("Follows")
                  followers User[] @relation("Follows")
                }
                """);
        assertThat(schema.model("User").relationField("followers").joinTable())
            .isEqualTo(new JoinTable("_Follows", null, "A", "B", "id", "id"));
        assertThat(schema.model("User").relationField("following").joinTable())
            .isEqualTo(new JoinTable("_Follows", null, "B", "A", "id", "id"));
        assertThat(schema.model("User").relationField("following").oppositeField()).isEqualTo("followers");
    }

    @Test
    void joinTableLivesInTheSchemaOfModelA() {
        SchemaMeta schema = Schemas.convert("""
                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["multiSchema"]
                }

                datasource db {
                  provider = "postgresql"
                  schemas  = ["blog", "shop"]
                }

                model Post {
                  id   Int   @id
                  tags Tag[]

                  @@schema("blog")
                }

                model Tag {
                  id    Int    @id
                  posts Post[]

                  @@schema("shop")
                }
                """);
        assertThat(schema.model("Tag").relationField("posts").joinTable().schema()).isEqualTo("blog");
    }

    @Test
    void ignoredRelationFieldIsMarked() {
        SchemaMeta schema = Schemas.convert("postgresql", """
                model User {
                  id    Int    @id
                  posts Post[] @ignore
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  /// Who wrote it.
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        assertThat(schema.model("User").relationField("posts").ignored()).isTrue();
        assertThat(schema.model("Post").relationField("author").ignored()).isFalse();
        assertThat(schema.model("Post").relationField("author").documentation()).isEqualTo("Who wrote it.");
    }

}
