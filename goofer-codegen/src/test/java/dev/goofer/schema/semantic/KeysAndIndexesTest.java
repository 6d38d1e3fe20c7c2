package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.PrismaSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Primary keys, unique constraints, indexes and shard keys with their client and database
 * names.
 */
class KeysAndIndexesTest {

    @Test
    void singleFieldPrimaryKeyGetsPrismasDefaultConstraintName() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                model User {
                  id Int @id

                  @@map("users")
                }
                """);
        PrimaryKey key = schema.model("User").primaryKey();
        assertThat(key.fieldNames()).containsExactly("id");
        assertThat(key.definedOnField()).isTrue();
        assertThat(key.databaseName()).isEqualTo("users_pkey");
        assertThat(key.isCompound()).isFalse();
    }

    @Test
    void providersWithoutNamedPrimaryKeysHaveNoConstraintName() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "mysql"
                }

                model User {
                  id Int @id
                }
                """);
        assertThat(schema.model("User").primaryKey().databaseName()).isNull();
    }

    @Test
    void compoundPrimaryKeyKeepsItsNameAndMapping() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                model Membership {
                  userId Int
                  teamId Int

                  @@id([userId, teamId], name: "membershipKey", map: "membership_pk")
                }
                """);
        PrimaryKey key = schema.model("Membership").primaryKey();
        assertThat(key.fieldNames()).containsExactly("userId", "teamId");
        assertThat(key.name()).isEqualTo("membershipKey");
        assertThat(key.mappedName()).isEqualTo("membership_pk");
        assertThat(key.databaseName()).isEqualTo("membership_pk");
        assertThat(key.isCompound()).isTrue();
    }

    @Test
    void uniqueConstraintsAndIndexesGetDefaultNamesFromDatabaseNames() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                model User {
                  id        Int    @id
                  email     String @unique @map("email_address")
                  firstName String
                  lastName  String
                  nick      String @unique(map: "user_nick")

                  @@unique([firstName, lastName], name: "fullName")
                  @@index([lastName(sort: Desc)], type: BTree)
                }
                """);
        Model user = schema.model("User");
        assertThat(user.indexes()).extracting(Index::databaseName)
            .containsExactly("User_email_address_key", "user_nick", "User_firstName_lastName_key", "User_lastName_idx");
        assertThat(user.indexes()).extracting(Index::definedOnField).containsExactly(true, true, false, false);
        Index fullName = user.indexes().get(2);
        assertThat(fullName.name()).isEqualTo("fullName");
        assertThat(fullName.isUnique()).isTrue();
        Index byLastName = user.indexes().get(3);
        assertThat(byLastName.type()).isEqualTo(IndexType.NORMAL);
        assertThat(byLastName.algorithm()).isEqualTo(IndexAlgorithm.BTREE);
        assertThat(byLastName.fields().get(0).sortOrder()).isEqualTo(SortOrder.DESC);
        assertThat(user.uniqueIndexes()).hasSize(3);
        assertThat(user.findScalarField("email").orElseThrow().isUnique()).isTrue();
        assertThat(user.uniqueCriteria()).extracting((criterion) -> criterion.stream().map(ScalarField::name).toList())
            .containsExactly(List.of("id"), List.of("email"), List.of("nick"), List.of("firstName", "lastName"));
    }

    @Test
    void longDefaultNamesAreTruncatedToTheProvidersIdentifierLength() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                model AVeryLongModelNameThatGoesOnAndOnAndOn {
                  id                                      Int @id
                  anotherVeryLongFieldNameThatIsAlsoLong Int @unique
                }
                """);
        String name = schema.model("AVeryLongModelNameThatGoesOnAndOnAndOn").indexes().get(0).databaseName();
        assertThat(name).hasSize(63).endsWith("_key");
    }

    @Test
    void indexFieldArgumentsAndFulltextIndexesAreKept() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "mysql"
                }

                model Article {
                  id    Int    @id
                  title String @db.VarChar(255)
                  body  String @db.Text

                  @@index([body(length: 20)], map: "body_prefix")
                  @@fulltext([title, body])
                }
                """);
        List<Index> indexes = schema.model("Article").indexes();
        assertThat(indexes.get(0).fields().get(0).length()).isEqualTo(20);
        assertThat(indexes.get(0).mappedName()).isEqualTo("body_prefix");
        assertThat(indexes.get(1).type()).isEqualTo(IndexType.FULLTEXT);
        assertThat(indexes.get(1).fieldNames()).containsExactly("title", "body");
    }

    @Test
    void operatorClassesAndPartialIndexesAreKept() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["partialIndexes"]
                }

                model Doc {
                  id        Int       @id
                  data      Json
                  email     String
                  deletedAt DateTime?

                  @@index([data(ops: JsonbPathOps)], type: Gin)
                  @@unique([email], where: raw("\\"deletedAt\\" IS NULL"))
                  @@index([email], where: { deletedAt: null })
                }
                """);
        List<Index> indexes = schema.model("Doc").indexes();
        assertThat(indexes.get(0).fields().get(0).operatorClass()).isEqualTo(new OperatorClass("JsonbPathOps", false));
        assertThat(indexes.get(1).where().raw()).isEqualTo("\"deletedAt\" IS NULL");
        assertThat(indexes.get(2).where().object().members().get(0).key()).isEqualTo("deletedAt");
    }

    @Test
    void shardKeysAreResolvedOnFieldsAndBlocks() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "mysql"
                }

                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["shardKeys"]
                }

                model A {
                  id     Int    @id
                  region String @shardKey
                }

                model B {
                  id     Int    @id
                  region String
                  tenant Int

                  @@shardKey([region, tenant])
                }
                """);
        assertThat(schema.model("A").shardKey().fieldNames()).containsExactly("region");
        assertThat(schema.model("A").shardKey().definedOnField()).isTrue();
        assertThat(schema.model("B").shardKey().fieldNames()).containsExactly("region", "tenant");
    }

    @Test
    void viewsMayHaveNoKeyAndAreListedApart() {
        ResolvedSchema schema = PrismaSchemas.load("""
                datasource db {
                  provider = "postgresql"
                }

                generator client {
                  provider        = "prisma-client"
                  previewFeatures = ["views"]
                }

                model User {
                  id Int @id
                }

                view UserSummary {
                  id    Int @unique
                  total Int
                }
                """);
        assertThat(schema.views()).extracting(Model::name).containsExactly("UserSummary");
        assertThat(schema.tables()).extracting(Model::name).containsExactly("User");
        assertThat(schema.models()).hasSize(2);
        assertThat(schema.model("UserSummary").primaryKey()).isNull();
        assertThat(schema.model("UserSummary").isView()).isTrue();
    }

}
