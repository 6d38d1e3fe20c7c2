package dev.goofer.schema.semantic;

import dev.goofer.schema.PrismaSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations are resolved to both sides with Prisma's names, cardinalities and defaults.
 */
class RelationResolutionTest {

    private static final String POSTGRES = "datasource db {\n  provider = \"postgresql\"\n}\n\n";

    @Test
    void oneToManyRelationIsResolvedToBothSides() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id       Int   @id
                  authorId Int?
                  author   User? @relation(fields: [authorId], references: [id])
                }
                """);
        RelationField author = schema.model("Post").findRelationField("author").orElseThrow();
        RelationField posts = schema.model("User").findRelationField("posts").orElseThrow();
        Relation relation = author.relation();
        assertThat(relation.kind()).isEqualTo(RelationKind.ONE_TO_MANY);
        assertThat(relation.name()).isEqualTo("PostToUser");
        assertThat(relation.isNameExplicit()).isFalse();
        assertThat(relation.referencingField()).isSameAs(author);
        assertThat(relation.referencedField()).isSameAs(posts);
        assertThat(author.opposite()).isSameAs(posts);
        assertThat(posts.opposite()).isSameAs(author);
        assertThat(posts.relation()).isSameAs(relation);
        assertThat(author.isReferencing()).isTrue();
        assertThat(posts.isReferencing()).isFalse();
        assertThat(author.fields()).extracting(ScalarField::name).containsExactly("authorId");
        assertThat(author.references()).extracting(ScalarField::name).containsExactly("id");
        assertThat(author.relatedModel().name()).isEqualTo("User");
        assertThat(author.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(author.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(author.foreignKeyName()).isEqualTo("Post_authorId_fkey");
        assertThat(posts.foreignKeyName()).isNull();
        assertThat(schema.relations()).containsExactly(relation);
    }

    @Test
    void requiredForeignKeysDefaultToRestrictOnDelete() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
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
        Relation relation = schema.model("Post").findRelationField("author").orElseThrow().relation();
        assertThat(relation.onDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(relation.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void sqlServerDefaultsToNoActionBecauseItHasNoRestrict() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "sqlserver"
                }

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
        assertThat(schema.relations().get(0).onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void explicitReferentialActionsAndForeignKeyNameAreKept() {
        ResolvedSchema schema = PrismaSchemas.load(
                POSTGRES + """
                        model User {
                          id    Int    @id
                          posts Post[]
                        }

                        model Post {
                          id       Int  @id
                          authorId Int
                          author   User @relation(fields: [authorId], references: [id], onDelete: Cascade, onUpdate: NoAction, map: "fk_author")
                        }
                        """);
        RelationField author = schema.model("Post").findRelationField("author").orElseThrow();
        assertThat(author.explicitOnDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(author.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(author.onUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(author.foreignKeyMappedName()).isEqualTo("fk_author");
        assertThat(author.foreignKeyName()).isEqualTo("fk_author");
    }

    @Test
    void oneToOneRelationHasItsForeignKeyOnTheSideWithFields() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
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
        Relation relation = schema.relations().get(0);
        assertThat(relation.kind()).isEqualTo(RelationKind.ONE_TO_ONE);
        assertThat(relation.modelA().name()).isEqualTo("Profile");
        assertThat(relation.modelB().name()).isEqualTo("User");
        assertThat(relation.fieldB().name()).isEqualTo("profile");
        assertThat(relation.name()).isEqualTo("ProfileToUser");
    }

    @Test
    void implicitManyToManyRelationGetsAJoinTableNamedAfterTheSortedModels() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
                model Post {
                  id         Int        @id
                  categories Category[]
                }

                model Category {
                  id    Int    @id
                  posts Post[]
                }
                """);
        Relation relation = schema.relations().get(0);
        assertThat(relation.kind()).isEqualTo(RelationKind.IMPLICIT_MANY_TO_MANY);
        assertThat(relation.name()).isEqualTo("CategoryToPost");
        assertThat(relation.fieldA().model().name()).isEqualTo("Category");
        assertThat(relation.referencingField()).isNull();
        JoinTable joinTable = relation.joinTable();
        assertThat(joinTable).isNotNull();
        assertThat(joinTable.name()).isEqualTo("_CategoryToPost");
        assertThat(joinTable.modelA().name()).isEqualTo("Category");
        assertThat(joinTable.modelB().name()).isEqualTo("Post");
        assertThat(joinTable.columnA()).isEqualTo("A");
        assertThat(joinTable.referencedFieldA()).isSameAs(schema.model("Category").findScalarField("id").orElseThrow());
        assertThat(joinTable.referencedFieldB().model()).isSameAs(schema.model("Post"));
        assertThat(schema.model("Post").findRelationField("categories").orElseThrow().isReferencing()).isFalse();
    }

    @Test
    void explicitManyToManyIsTwoOneToManyRelationsToTheJoinModel() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
                model Post {
                  id   Int           @id
                  tags TagsOnPosts[]
                }

                model Tag {
                  id    Int           @id
                  posts TagsOnPosts[]
                }

                model TagsOnPosts {
                  postId Int
                  tagId  Int
                  post   Post @relation(fields: [postId], references: [id])
                  tag    Tag  @relation(fields: [tagId], references: [id])

                  @@id([postId, tagId])
                }
                """);
        assertThat(schema.relations()).extracting(Relation::kind)
            .containsExactly(RelationKind.ONE_TO_MANY, RelationKind.ONE_TO_MANY);
        assertThat(schema.relations()).extracting(Relation::name)
            .containsExactly("PostToTagsOnPosts", "TagToTagsOnPosts");
        assertThat(schema.relations())
            .allSatisfy((relation) -> assertThat(relation.modelA().name()).isEqualTo("TagsOnPosts"));
    }

    @Test
    void selfRelationsOfEachCardinalityAreResolved() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
                model User {
                  id         Int    @id
                  mentorId   Int?   @unique
                  mentor     User?  @relation("Mentoring", fields: [mentorId], references: [id])
                  mentee     User?  @relation("Mentoring")
                  managerId  Int?
                  manager    User?  @relation("Management", fields: [managerId], references: [id])
                  reports    User[] @relation("Management")
                  followedBy User[] @relation("Follows")
                  following  User[] @relation("Follows")
                }
                """);
        Model user = schema.model("User");
        Relation mentoring = user.findRelationField("mentor").orElseThrow().relation();
        assertThat(mentoring.kind()).isEqualTo(RelationKind.ONE_TO_ONE);
        assertThat(mentoring.isSelfRelation()).isTrue();
        assertThat(user.findRelationField("mentee").orElseThrow().opposite().name()).isEqualTo("mentor");
        assertThat(user.findRelationField("reports").orElseThrow().opposite().name()).isEqualTo("manager");
        Relation follows = user.findRelationField("following").orElseThrow().relation();
        assertThat(follows.kind()).isEqualTo(RelationKind.IMPLICIT_MANY_TO_MANY);
        assertThat(follows.fieldA().name()).isEqualTo("followedBy");
        assertThat(follows.joinTable().name()).isEqualTo("_Follows");
        assertThat(schema.relations()).hasSize(3);
    }

    @Test
    void namedRelationsPairFieldsBetweenTheSameModels() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
                model User {
                  id            Int    @id
                  writtenPosts  Post[] @relation("Writer")
                  reviewedPosts Post[] @relation("Reviewer")
                }

                model Post {
                  id         Int  @id
                  writerId   Int
                  reviewerId Int
                  writer     User @relation("Writer", fields: [writerId], references: [id])
                  reviewer   User @relation("Reviewer", fields: [reviewerId], references: [id])
                }
                """);
        Model user = schema.model("User");
        assertThat(user.findRelationField("writtenPosts").orElseThrow().opposite().name()).isEqualTo("writer");
        assertThat(user.findRelationField("reviewedPosts").orElseThrow().opposite().name()).isEqualTo("reviewer");
        assertThat(user.findRelationField("writtenPosts").orElseThrow().relationName()).isEqualTo("Writer");
        assertThat(user.findRelationField("writtenPosts").orElseThrow().explicitRelationName()).isEqualTo("Writer");
    }

    @Test
    void relationsResolveAcrossModelsDeclaredLater() {
        ResolvedSchema schema = PrismaSchemas.load(POSTGRES + """
                model Comment {
                  id     Int  @id
                  postId Int
                  post   Post @relation(fields: [postId], references: [id])
                }

                model Post {
                  id       Int       @id
                  comments Comment[]
                }
                """);
        assertThat(schema.model("Post").findRelationField("comments").orElseThrow().relatedModel().name())
            .isEqualTo("Comment");
    }

}
