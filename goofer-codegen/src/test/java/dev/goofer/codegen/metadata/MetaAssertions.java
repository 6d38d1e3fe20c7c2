package dev.goofer.codegen.metadata;

import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares metadata part by part, since {@link SchemaMeta} and {@link ModelMeta} are
 * classes without {@code equals}; everything below them is a record.
 */
final class MetaAssertions {

    private MetaAssertions() {
    }

    static void assertSameSchema(SchemaMeta actual, SchemaMeta expected) {
        assertThat(actual.provider()).isEqualTo(expected.provider());
        assertThat(actual.foreignKeys()).isEqualTo(expected.foreignKeys());
        assertThat(actual.enums()).isEqualTo(expected.enums());
        assertThat(actual.models()).extracting(ModelMeta::name)
            .containsExactlyElementsOf(expected.models().stream().map(ModelMeta::name).toList());
        for (int i = 0; i < expected.models().size(); i++) {
            assertSameModel(actual.models().get(i), expected.models().get(i));
        }
    }

    static void assertSameModel(ModelMeta actual, ModelMeta expected) {
        String model = expected.name();
        assertThat(actual.name()).as(model + " name").isEqualTo(expected.name());
        assertThat(actual.tableName()).as(model + " tableName").isEqualTo(expected.tableName());
        assertThat(actual.schema()).as(model + " schema").isEqualTo(expected.schema());
        assertThat(actual.view()).as(model + " view").isEqualTo(expected.view());
        for (int i = 0; i < expected.fields().size(); i++) {
            assertThat(actual.fields().get(i)).as(model + " field " + i).isEqualTo(expected.fields().get(i));
        }
        assertThat(actual.fields()).as(model + " fields").isEqualTo(expected.fields());
        assertThat(actual.primaryKey()).as(model + " primaryKey").isEqualTo(expected.primaryKey());
        assertThat(actual.uniques()).as(model + " uniques").isEqualTo(expected.uniques());
        assertThat(actual.indexes()).as(model + " indexes").isEqualTo(expected.indexes());
        assertThat(actual.shardKey()).as(model + " shardKey").isEqualTo(expected.shardKey());
        assertThat(actual.ignored()).as(model + " ignored").isEqualTo(expected.ignored());
        assertThat(actual.documentation()).as(model + " documentation").isEqualTo(expected.documentation());
    }

}
