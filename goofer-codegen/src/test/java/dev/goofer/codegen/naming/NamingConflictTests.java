package dev.goofer.codegen.naming;

import java.util.List;

import dev.goofer.codegen.ClientGenerator;
import dev.goofer.codegen.GeneratedFile;
import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.GeneratorOptions;
import dev.goofer.codegen.testing.ModelSpec;
import dev.goofer.codegen.testing.TestSchema;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.SchemaMeta;
import org.junit.jupiter.api.Test;

import static dev.goofer.codegen.testing.Options.autoincrement;
import static dev.goofer.codegen.testing.Options.fields;
import static dev.goofer.codegen.testing.Options.id;
import static dev.goofer.codegen.testing.Options.list;
import static dev.goofer.codegen.testing.Options.references;
import static dev.goofer.codegen.testing.Options.unique;
import static dev.goofer.codegen.testing.TestSchema.Types.INT;
import static dev.goofer.codegen.testing.TestSchema.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names without a usable Java name are reported as conflicts, and nothing is generated;
 * companion types and fields whose Java name another takes give way with an underscore.
 */
class NamingConflictTests {

    @Test
    void modelsThatBecomeTheSameTypeClash() {
        GenerationResult result = generate(
                schema().model("User", NamingConflictTests::withId).model("user", NamingConflictTests::withId).build());
        assertThat(result.files()).isEmpty();
        assertThat(result.conflicts()).contains(
                new NamingConflict("user", null,
                        "Model \"user\" needs the Java type \"User\", which is already the record of model \"User\". "
                                + "Rename the model; @@map keeps its table name."),
                new NamingConflict("user", null, "Model \"user\" needs the client accessor \"user()\", which model "
                        + "\"User\" already uses. Rename one of the models; @@map keeps the table name."));
    }

    @Test
    void typesDifferingOnlyInCaseClashBecauseTheirFilesWould() {
        GenerationResult result = generate(
                schema().model("User", NamingConflictTests::withId).model("USER", NamingConflictTests::withId).build());
        assertThat(result.conflicts()).first()
            .satisfies((conflict) -> assertThat(conflict.message()).startsWith(
                    "Model \"USER\" needs the Java type \"USER\", which differs only in case from \"User\", the "
                            + "record of model \"User\""));
    }

    @Test
    void theCompanionOfAModelGivesWayToTheRecordOfAnother() {
        GenerationResult result = generate(schema().model("User", NamingConflictTests::withId)
            .model("UserFields", NamingConflictTests::withId)
            .build());
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.sources()).extracting(GeneratedFile::path)
            .contains("com/example/UserFields.java", "com/example/UserFields_.java",
                    "com/example/UserFieldsFields.java");
        assertThat(result.renames()).containsExactly(new NamingConflict("User", null,
                "Model \"User\" gets the Java type \"UserFields_\" for the field handles, because \"UserFields\" is "
                        + "already the record of model \"UserFields\". Rename one of the models to avoid the "
                        + "underscore; @@map keeps the table name."));
    }

    @Test
    void aModelNamedLikeTheClientClashes() {
        GenerationResult result = generate(schema().model("GooferClient", NamingConflictTests::withId).build());
        assertThat(result.conflicts()).extracting(NamingConflict::message)
            .contains("Model \"GooferClient\" needs the Java type \"GooferClient\", which is already the client. "
                    + "Rename the model; @@map keeps its table name.");
    }

    @Test
    void anEnumAndAModelOfTheSameNameClash() {
        GenerationResult result = generate(
                schema().enumType("Role", "USER").model("Role", NamingConflictTests::withId).build());
        assertThat(result.conflicts()).extracting(NamingConflict::model).contains("Role");
    }

    @Test
    void aFieldWhoseJavaNameIsAnotherFieldsNameGivesWay() {
        GenerationResult result = generate(
                schema().model("Post", (m) -> withId(m).field("created_at", STRING).field("createdAt", STRING))
                    .build());
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.renames()).containsExactly(new NamingConflict("Post", "created_at",
                "Field \"created_at\" of model \"Post\" gets the Java name \"createdAt_\", because field "
                        + "\"createdAt\" already uses \"createdAt\". Rename one of the fields to avoid the underscore; "
                        + "@map keeps the column name."),
                new NamingConflict("Post", "created_at",
                        "Field \"created_at\" of model \"Post\" gets the Java constant \"CREATED_AT_\", because "
                                + "field \"createdAt\" already uses \"CREATED_AT\". Rename one of the fields to avoid "
                                + "the underscore; @map keeps the column name."));
        assertThat(source(result, "Post.java")).contains("String createdAt_").contains("String createdAt");
    }

    @Test
    void aLaterFieldWhoseConstantIsTakenGivesWay() {
        GenerationResult result = generate(
                schema().model("Post", (m) -> withId(m).field("userID", INT).field("userId", INT)).build());
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.renames()).extracting(NamingConflict::field).containsExactly("userId");
        assertThat(source(result, "PostFields.java")).contains(" USER_ID = ").contains(" USER_ID_ = ");
    }

    @Test
    void thePushMethodOfAListGivesWayToAFieldOfThatName() {
        GenerationResult result = generate(
                schema().model("Post", (m) -> withId(m).field("tags", STRING, list()).field("pushTags", STRING))
                    .build());
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.renames()).extracting(NamingConflict::field).containsExactly("tags");
        assertThat(source(result, "PostUpdate.java")).contains("pushTags_(");
    }

    @Test
    void aCompoundKeyNamedLikeAUniqueFieldClashes() {
        GenerationResult result = generate(schema()
            .model("Post",
                    (m) -> withId(m).field("email", STRING, unique())
                        .field("a", INT)
                        .field("b", INT)
                        .unique("email", "a", "b"))
            .build());
        assertThat(result.conflicts()).containsExactly(new NamingConflict("Post", null,
                "The unique selector \"email\" of @@unique([a, b]) on model \"Post\" clashes with the selector of "
                        + "field \"email\". Give the compound key another client name with name: in @@id or "
                        + "@@unique."));
    }

    @Test
    void enumValuesThatBecomeTheSameConstantClash() {
        GenerationResult result = generate(schema().enumType("Kind", "class", "class_").build());
        assertThat(result.conflicts()).containsExactly(new NamingConflict("Kind", "class_",
                "Value \"class_\" of enum \"Kind\" needs the Java constant \"class_\", which value \"class\" already "
                        + "uses. Rename one of the values; @map keeps the database value."));
    }

    @Test
    void aFieldWithoutLettersHasNoJavaName() {
        GenerationResult result = generate(schema().model("Post", (m) -> withId(m).field("__", STRING)).build());
        assertThat(result.conflicts()).extracting(NamingConflict::field).contains("__");
    }

    @Test
    void aNameThatHidesAPackageTheGeneratedCodeMustSpellOutClashes() {
        GenerationResult result = generate(schema().model("GeneratedSupport", NamingConflictTests::withId)
            .model("Team", (m) -> withId(m).field("dev", STRING).relation("members", "Member", list()))
            .model("Member",
                    (m) -> withId(m).field("teamId", INT).relation("team", "Team", fields("teamId"), references("id")))
            .build());
        assertThat(result.files()).isEmpty();
        assertThat(result.conflicts()).contains(new NamingConflict("Team", "dev",
                "The Java name \"dev\" hides the package \"dev.goofer.internal\", which the generated code needs to "
                        + "name GeneratedSupport in full. Rename \"dev\"; @map keeps its database name."));
    }

    @Test
    void aNamingStrategyThatReturnsNoIdentifierIsReportedNotEmitted() {
        NamingStrategy broken = new DefaultNamingStrategy() {

            @Override
            public String memberName(ModelMeta model, FieldMeta field) {
                return "not-a-name";
            }

        };
        GenerationResult result = new ClientGenerator(GeneratorOptions.of("com.example").withNamingStrategy(broken))
            .generate(schema().model("Post", NamingConflictTests::withId).build());
        assertThat(result.conflicts()).extracting(NamingConflict::message)
            .contains("Field \"id\" of model \"Post\" has no usable Java name: \"not-a-name\" is not a Java "
                    + "identifier. Rename the field; @map keeps the column name.");
    }

    @Test
    void conflictsAreReportedInAStableOrder() {
        SchemaMeta schema = schema().model("User", NamingConflictTests::withId)
            .model("user", NamingConflictTests::withId)
            .model("Post", (m) -> withId(m).field("userID", INT).field("userId", INT))
            .build();
        List<NamingConflict> first = generate(schema).conflicts();
        assertThat(generate(schema).conflicts()).isEqualTo(first);
    }

    private static TestSchema schema() {
        return TestSchema.builder(Provider.POSTGRESQL);
    }

    private static ModelSpec withId(ModelSpec model) {
        return model.field("id", INT, id(), autoincrement());
    }

    private static String source(GenerationResult result, String name) {
        return result.sources()
            .stream()
            .filter((file) -> file.path().endsWith("/" + name))
            .findFirst()
            .orElseThrow()
            .content();
    }

    private static GenerationResult generate(SchemaMeta schema) {
        return new ClientGenerator(GeneratorOptions.of("com.example")).generate(schema);
    }

}
