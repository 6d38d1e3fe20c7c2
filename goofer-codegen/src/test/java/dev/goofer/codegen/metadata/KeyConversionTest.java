package dev.goofer.codegen.metadata;

import java.util.List;

import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.PrimaryKey;
import dev.goofer.metadata.SortOrder;
import dev.goofer.metadata.UniqueConstraint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Primary keys, unique constraints and indexes, with Prisma's default constraint names.
 */
class KeyConversionTest {

    @Test
    void singleFieldIdGetsTheDefaultPrimaryKeyNameOfTheTable() {
        String body = """
                model User {
                  id Int @id

                  @@map("users")
                }
                """;
        for (String provider : List.of("postgresql", "mysql", "sqlite", "sqlserver")) {
            assertThat(Schemas.convert(provider, body).model("User").primaryKey()).as(provider)
                .isEqualTo(new PrimaryKey(List.of(IndexField.of("id")), null, "users_pkey"));
        }
    }

    @Test
    void compoundIdKeepsItsClientNameAndMappedConstraintName() {
        ModelMeta model = Schemas.convert("postgresql", """
                model Membership {
                  userId Int
                  teamId Int

                  @@id([teamId, userId], name: "membershipKey", map: "membership_pk")
                }
                """).model("Membership");
        assertThat(model.primaryKey()).isEqualTo(new PrimaryKey(
                List.of(IndexField.of("teamId"), IndexField.of("userId")), "membershipKey", "membership_pk"));
    }

    @Test
    void primaryKeyArgumentsAreKept() {
        ModelMeta model = Schemas.convert("mysql", """
                model Page {
                  path String @db.VarChar(3000)
                  lang String

                  @@id([path(length: 100), lang])
                }
                """).model("Page");
        assertThat(model.primaryKey().fields()).containsExactly(new IndexField("path", null, 100, null),
                IndexField.of("lang"));
        assertThat(model.primaryKey().constraintName()).isEqualTo("Page_pkey");
    }

    @Test
    void defaultPrimaryKeyNamesAreCutToTheIdentifierLimitOfTheProvider() {
        String body = """
                model Long {
                  id Int @id

                  @@map("a_table_name_that_is_long_enough_to_reach_the_identifier_limit_x")
                }
                """;
        assertThat(Schemas.convert("postgresql", body).model("Long").primaryKey().constraintName())
            .isEqualTo("a_table_name_that_is_long_enough_to_reach_the_identifier_l_pkey");
        assertThat(Schemas.convert("mysql", body).model("Long").primaryKey().constraintName())
            .isEqualTo("a_table_name_that_is_long_enough_to_reach_the_identifier_li_pkey");
        assertThat(Schemas.convert("sqlite", body).model("Long").primaryKey().constraintName())
            .isEqualTo("a_table_name_that_is_long_enough_to_reach_the_identifier_limit_x_pkey");
    }

    @Test
    void defaultNamesAreCutOnACharacterBoundary() {
        String body = """
                model Long {
                  id Int @id

                  @@map("ünïcödé_table_name_long_enough_to_reach_the_limit_of_mysql_xx")
                }
                """;
        assertThat(Schemas.convert("mysql", body).model("Long").primaryKey().constraintName())
            .isEqualTo("ünïcödé_table_name_long_enough_to_reach_the_limit_of_my_pkey");
        assertThat(DefaultConstraintNames.truncate("aé", 2)).isEqualTo("a");
        assertThat(DefaultConstraintNames.truncate("aé", 3)).isEqualTo("aé");
    }

    @Test
    void uniquesComeFieldLevelFirstWithTheirNamesAndArguments() {
        ModelMeta model = Schemas.convert("mysql", """
                model Account {
                  id       Int    @id
                  provider String
                  subject  String @db.VarChar(500)
                  email    String @unique(map: "account_email")
                  handle   String @map("user_handle")

                  @@unique([provider, subject(length: 100, sort: Desc)], name: "providerSubject")
                  @@unique([handle])
                  @@map("accounts")
                }
                """).model("Account");
        assertThat(model.uniques()).containsExactly(
                new UniqueConstraint(List.of(IndexField.of("email")), null, "account_email"),
                new UniqueConstraint(
                        List.of(IndexField.of("provider"), new IndexField("subject", SortOrder.DESC, 100, null)),
                        "providerSubject", "accounts_provider_subject_key"),
                new UniqueConstraint(List.of(IndexField.of("handle")), null, "accounts_user_handle_key"));
    }

    @Test
    void defaultUniqueAndIndexNamesAreCutToTheIdentifierLimitOfTheProvider() {
        String body = """
                model Event {
                  id                          Int    @id
                  a_really_long_column_name_1 String
                  a_really_long_column_name_2 String

                  @@unique([a_really_long_column_name_1, a_really_long_column_name_2])
                  @@index([a_really_long_column_name_2, a_really_long_column_name_1])
                }
                """;
        ModelMeta postgres = Schemas.convert("postgresql", body).model("Event");
        assertThat(postgres.uniques().get(0).constraintName())
            .isEqualTo("Event_a_really_long_column_name_1_a_really_long_column_name_key")
            .hasSize(63);
        assertThat(postgres.indexes().get(0).indexName())
            .isEqualTo("Event_a_really_long_column_name_2_a_really_long_column_name_idx")
            .hasSize(63);
        ModelMeta mysql = Schemas.convert("mysql", body).model("Event");
        assertThat(mysql.uniques().get(0).constraintName())
            .isEqualTo("Event_a_really_long_column_name_1_a_really_long_column_name__key")
            .hasSize(64);
        ModelMeta sqlite = Schemas.convert("sqlite", body).model("Event");
        assertThat(sqlite.indexes().get(0).indexName())
            .isEqualTo("Event_a_really_long_column_name_2_a_really_long_column_name_1_idx");
    }

    @Test
    void indexesKeepTheirTypeSortAndOperatorClasses() {
        ModelMeta model = Schemas.convert("""
                generator client {
                  provider        = "prisma-client"
                }

                datasource db {
                  provider = "postgresql"
                }

                model Doc {
                  id    Int    @id
                  title String @map("doc_title")
                  data  Json
                  body  String
                  at    DateTime

                  @@index([title])
                  @@index([at(sort: Desc)], map: "doc_recent")
                  @@index([data(ops: JsonbPathOps)], type: Gin)
                  @@index([body(ops: raw("gin_trgm_ops"))], type: Gin)
                  @@index([title], type: Hash, map: "doc_title_hash")
                  @@map("docs")
                }
                """).model("Doc");
        assertThat(model.indexes()).containsExactly(
                new IndexMeta(List.of(IndexField.of("title")), "docs_doc_title_idx", null, false),
                new IndexMeta(List.of(new IndexField("at", SortOrder.DESC, null, null)), "doc_recent", null, false),
                new IndexMeta(List.of(new IndexField("data", null, null, "JsonbPathOps")), "docs_data_idx", "Gin",
                        false),
                new IndexMeta(List.of(new IndexField("body", null, null, "raw(\"gin_trgm_ops\")")), "docs_body_idx",
                        "Gin", false),
                new IndexMeta(List.of(IndexField.of("title")), "doc_title_hash", "Hash", false));
    }

    @Test
    void fullTextIndexesAreMarked() {
        ModelMeta model = Schemas.convert("mysql", """
                model Article {
                  id    Int    @id
                  title String
                  body  String @db.Text

                  @@fulltext([title, body])
                }
                """).model("Article");
        assertThat(model.indexes()).containsExactly(new IndexMeta(
                List.of(IndexField.of("title"), IndexField.of("body")), "Article_title_body_idx", null, true));
    }

}
