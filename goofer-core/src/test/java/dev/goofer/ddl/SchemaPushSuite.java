package dev.goofer.ddl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.goofer.ddl.catalog.Catalog;
import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.ddl.diff.SchemaChange;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.goofer.ddl.TestModels.field;
import static dev.goofer.ddl.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Create scripts, introspection, push, validate and migrate diff against one real
 * database; subclasses pick the database.
 */
abstract class SchemaPushSuite {

    private TestDatabase database;

    private DataSource dataSource;

    private JdbcTemplate jdbc;

    private DialectKind dialect;

    @TempDir
    Path migrations;

    @BeforeEach
    void resetDatabase(TestDatabase database) {
        Scripts.reset(database);
        this.database = database;
        this.dataSource = database.dataSource();
        this.jdbc = database.jdbc();
        this.dialect = switch (database.kind()) {
            case POSTGRESQL -> DialectKind.POSTGRESQL;
            case MYSQL -> DialectKind.MYSQL;
            case SQLITE -> DialectKind.SQLITE;
        };
    }

    @Test
    void blogCreateScriptBuildsTheExpectedCatalog() throws Exception {
        Scripts.execute(this.dataSource, SchemaManager.createScript(GooferSchema.SCHEMA, this.dialect));
        assertDatabaseMatches(GooferSchema.SCHEMA);
    }

    @Test
    void kitchenSinkCreateScriptBuildsTheExpectedCatalog() throws Exception {
        SchemaMeta schema = KitchenSink.schema(this.dialect);
        Scripts.execute(this.dataSource, SchemaManager.createScript(schema, this.dialect));
        assertDatabaseMatches(schema);
    }

    @Test
    void pushCreatesTheKitchenSinkAndASecondPushChangesNothing() {
        SchemaMeta schema = KitchenSink.schema(this.dialect);
        PushResult first = SchemaManager.push(this.dataSource, schema, PushOptions.defaults());
        assertThat(first.changed()).isTrue();
        assertThat(first.transactional()).isEqualTo(this.dialect != DialectKind.MYSQL);
        assertDatabaseMatches(schema);
        PushResult second = SchemaManager.push(this.dataSource, schema, PushOptions.defaults());
        assertThat(second.changed()).as(second.report()).isFalse();
        assertThat(second.report()).isEqualTo("The database is already in sync with the schema.");
    }

    @Test
    void pushAddsAModel() {
        push(library((v) -> {
        }));
        SchemaMeta next = library((v) -> v.withReview = true);
        PushResult result = push(next);
        assertThat(result.migration().changes()).anyMatch(SchemaChange.CreateTable.class::isInstance);
        assertDatabaseMatches(next);
    }

    @Test
    void pushAddsAnOptionalColumnToANonEmptyTable() {
        push(library((v) -> {
        }));
        insertBook();
        SchemaMeta next = library((v) -> v.subtitle = true);
        assertThat(push(next).migration().describe()).contains("Add column `subtitle`");
        assertDatabaseMatches(next);
        assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + q("Book"), Long.class)).isEqualTo(1);
    }

    @Test
    void pushAddsARequiredColumnWithADefaultToANonEmptyTable() {
        push(library((v) -> {
        }));
        insertBook();
        SchemaMeta next = library((v) -> v.pagesWithDefault = true);
        push(next);
        assertDatabaseMatches(next);
        assertThat(this.jdbc.queryForObject("SELECT " + q("pages") + " FROM " + q("Book"), Integer.class))
            .isEqualTo(100);
    }

    @Test
    void pushAddsARequiredColumnWithoutADefaultToAnEmptyTable() {
        push(library((v) -> {
        }));
        SchemaMeta next = library((v) -> v.isbn = true);
        push(next);
        assertDatabaseMatches(next);
    }

    @Test
    void pushRefusesARequiredColumnWithoutADefaultOnANonEmptyTableEvenWithAcceptDataLoss() {
        push(library((v) -> {
        }));
        insertBook();
        SchemaMeta next = library((v) -> v.isbn = true);
        assertThatExceptionOfType(DataLossException.class)
            .isThrownBy(
                    () -> SchemaManager.push(this.dataSource, next, PushOptions.defaults().withAcceptDataLoss(true)))
            .withMessageContaining("Added the required column `isbn` to the `Book` table without a default value. "
                    + "There is 1 row in this table, it is not possible to execute this step.");
        assertThat(SchemaManager.validate(this.dataSource, next).inSync()).isFalse();
    }

    @Test
    void pushAddsAnIndex() {
        push(library((v) -> {
        }));
        SchemaMeta next = library((v) -> v.titleIndex = true);
        assertThat(push(next).migration().changes()).anyMatch(SchemaChange.CreateIndex.class::isInstance);
        assertDatabaseMatches(next);
    }

    @Test
    void pushWidensAColumnTypeKeepingTheData() {
        push(library((v) -> {
        }));
        insertBook();
        SchemaMeta next = library((v) -> v.bigYear = true);
        PushResult result = push(next);
        assertThat(result.warnings()).isEmpty();
        assertDatabaseMatches(next);
        assertThat(this.jdbc.queryForObject("SELECT " + q("year") + " FROM " + q("Book"), Long.class)).isEqualTo(1999);
    }

    @Test
    void pushRefusesALossyTypeChangeOnDataUnlessDataLossIsAccepted() {
        push(library((v) -> {
        }));
        insertBook();
        SchemaMeta next = library((v) -> v.yearAsText = true);
        assertThatExceptionOfType(DataLossException.class).isThrownBy(
                () -> SchemaManager.push(this.dataSource, library((v) -> v.titleAsInt = true), PushOptions.defaults()))
            .withMessageContaining("The column `title` on the `Book` table would be cast from");
        PushResult result = SchemaManager.push(this.dataSource, next, PushOptions.defaults().withAcceptDataLoss(true));
        assertThat(result.changed()).isTrue();
        assertDatabaseMatches(next);
    }

    @Test
    void pushDropsAnEmptyColumnWithoutAcceptingDataLoss() {
        push(library((v) -> v.subtitle = true));
        insertBook();
        SchemaMeta next = library((v) -> {
        });
        assertThat(push(next).migration().describe()).contains("Drop column `subtitle`");
        assertDatabaseMatches(next);
    }

    @Test
    void pushRefusesToDropAColumnWithDataUnlessDataLossIsAccepted() {
        push(library((v) -> v.subtitle = true));
        insertBook();
        this.jdbc.update("UPDATE " + q("Book") + " SET " + q("subtitle") + " = 'a sequel'");
        SchemaMeta next = library((v) -> {
        });
        assertThatExceptionOfType(DataLossException.class)
            .isThrownBy(() -> SchemaManager.push(this.dataSource, next, PushOptions.defaults()))
            .withMessage("The schema push would lose data and acceptDataLoss is not set. Nothing was changed.\n"
                    + "- You are about to drop the column `subtitle` on the `Book` table, which still contains 1 "
                    + "non-null value.");
        assertThat(this.jdbc.queryForObject("SELECT " + q("subtitle") + " FROM " + q("Book"), String.class))
            .isEqualTo("a sequel");
        PushResult result = SchemaManager.push(this.dataSource, next, PushOptions.defaults().withAcceptDataLoss(true));
        assertThat(result.warnings()).hasSize(1);
        assertDatabaseMatches(next);
        assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + q("Book"), Long.class)).isEqualTo(1);
    }

    @Test
    void pushRefusesToMakeAColumnRequiredWhileNullsExist() {
        push(library((v) -> v.subtitle = true));
        insertBook();
        assertThatExceptionOfType(DataLossException.class)
            .isThrownBy(() -> SchemaManager.push(this.dataSource, library((v) -> v.requiredSubtitle = true),
                    PushOptions.defaults().withAcceptDataLoss(true)))
            .withMessageContaining(
                    "Made the column `subtitle` on table `Book` required, but there is 1 existing NULL value.");
    }

    @Test
    void pushDropsATableWithRowsOnlyWhenDataLossIsAccepted() {
        push(library((v) -> v.withReview = true));
        this.jdbc.update("INSERT INTO " + q("Review") + " (" + q("id") + ", " + q("stars") + ") VALUES (1, 5)");
        SchemaMeta next = library((v) -> {
        });
        assertThatExceptionOfType(DataLossException.class)
            .isThrownBy(() -> SchemaManager.push(this.dataSource, next, PushOptions.defaults()))
            .withMessageContaining("You are about to drop the `Review` table, which is not empty (1 row).");
        SchemaManager.push(this.dataSource, next, PushOptions.defaults().withAcceptDataLoss(true));
        assertDatabaseMatches(next);
    }

    @Test
    void validateReportsDifferencesWithoutChangingTheDatabase() {
        push(library((v) -> {
        }));
        ValidationResult result = SchemaManager.validate(this.dataSource, library((v) -> v.subtitle = true));
        assertThat(result.inSync()).isFalse();
        assertThat(result.report()).contains("does not match the Goofer schema")
            .contains("Add column `subtitle` (" + (this.dialect == DialectKind.MYSQL ? "varchar(191)" : "text")
                    + ") to table `Book`");
        assertThatExceptionOfType(SchemaDriftException.class).isThrownBy(result::throwIfDrifted)
            .withMessage(result.report());
        assertThat(SchemaManager.validate(this.dataSource, library((v) -> {
        })).inSync()).isTrue();
    }

    @Test
    void migrateDiffFromTheDatabaseWritesAFlywayMigrationThatYieldsTheNewCatalog() throws Exception {
        push(library((v) -> v.subtitle = true));
        insertBook();
        Files.writeString(this.migrations.resolve("V1__init.sql"), "-- applied");
        Files.writeString(this.migrations.resolve("V2_1__fix.sql"), "-- applied");
        SchemaMeta next = library((v) -> {
            v.withReview = true;
            v.titleIndex = true;
            v.bigYear = true;
            v.pagesWithDefault = true;
        });
        MigrationScript script = SchemaManager.diff(this.dataSource, next);
        Path file = script.writeFlywayMigration(this.migrations, null, "add reviews");
        assertThat(file.getFileName()).hasToString("V3__add_reviews.sql");
        Scripts.execute(this.dataSource, Files.readString(file));
        assertDatabaseMatches(next);
    }

    @Test
    void migrateDiffBetweenSchemasWritesAFlywayMigrationThatYieldsTheNewCatalog() throws Exception {
        SchemaMeta previous = library((v) -> v.subtitle = true);
        push(previous);
        SchemaMeta next = library((v) -> {
            v.withReview = true;
            v.isbn = true;
            v.yearAsText = true;
        });
        MigrationScript script = SchemaManager.diff(previous, next, this.dialect);
        assertThat(script.sql()).contains("Warnings:").contains("You are about to drop the column `subtitle`");
        Path file = script.writeFlywayMigration(this.migrations, "7", "library v2");
        assertThat(file.getFileName()).hasToString("V7__library_v2.sql");
        Scripts.execute(this.dataSource, Files.readString(file));
        assertDatabaseMatches(next);
    }

    private PushResult push(SchemaMeta schema) {
        return SchemaManager.push(this.dataSource, schema, PushOptions.defaults());
    }

    private void insertBook() {
        this.jdbc.update("INSERT INTO " + q("Author") + " (" + q("id") + ", " + q("name") + ") VALUES (1, 'Ursula')");
        this.jdbc.update("INSERT INTO " + q("Book") + " (" + q("id") + ", " + q("title") + ", " + q("year") + ", "
                + q("authorId") + ") VALUES (1, 'The Dispossessed', 1999, 1)");
    }

    private String q(String name) {
        return (this.database.kind() == DatabaseKind.MYSQL) ? "`" + name + "`" : "\"" + name + "\"";
    }

    private void assertDatabaseMatches(SchemaMeta schema) {
        Catalog built = SchemaManager.catalog(schema, this.dialect);
        Catalog expected = (this.dialect == DialectKind.POSTGRESQL) ? built.withDefaultNamespace("public") : built;
        Catalog actual = SchemaManager.introspect(this.dataSource, java.util.Set.copyOf(expected.namespaces()));
        assertThat(actual).as(() -> dev.goofer.ddl.diff.SchemaDiffer.diff(this.dialect, actual, expected).describe())
            .isEqualTo(expected);
        ValidationResult validation = SchemaManager.validate(this.dataSource, schema);
        assertThat(validation.inSync()).as(validation.report()).isTrue();
    }

    static SchemaMeta library(Consumer<Variant> configure) {
        Variant variant = new Variant();
        configure.accept(variant);
        return variant.build();
    }

    /**
     * The variations of a small library schema that the push tests move between.
     */
    static final class Variant {

        boolean withReview;

        boolean subtitle;

        boolean requiredSubtitle;

        boolean pagesWithDefault;

        boolean isbn;

        boolean titleIndex;

        boolean bigYear;

        boolean yearAsText;

        boolean titleAsInt;

        SchemaMeta build() {
            TestModels.Model author = model("Author")
                .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
                .field(field("name", ScalarType.STRING));
            TestModels.Model book = model("Book")
                .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
                .field(this.titleAsInt ? field("title", ScalarType.INT) : field("title", ScalarType.STRING))
                .field(this.bigYear ? field("year", ScalarType.BIGINT)
                        : this.yearAsText ? field("year", ScalarType.STRING) : field("year", ScalarType.INT))
                .field(field("authorId", ScalarType.INT))
                .forward("author", "Author", List.of("authorId"), List.of("id"), ReferentialAction.RESTRICT, false);
            if (this.subtitle || this.requiredSubtitle) {
                book.field(this.requiredSubtitle ? field("subtitle", ScalarType.STRING)
                        : field("subtitle", ScalarType.STRING).optional());
            }
            if (this.pagesWithDefault) {
                book.field(field("pages", ScalarType.INT).defaultTo(100L));
            }
            if (this.isbn) {
                book.field(field("isbn", ScalarType.STRING));
            }
            if (this.titleIndex) {
                book.index("title");
            }
            List<dev.goofer.metadata.ModelMeta> models = new java.util.ArrayList<>(
                    List.of(author.build(), book.build()));
            if (this.withReview) {
                models.add(model("Review").id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
                    .field(field("stars", ScalarType.INT))
                    .build());
            }
            return TestModels.schema(dev.goofer.metadata.Provider.POSTGRESQL, models, List.of());
        }

    }

}
