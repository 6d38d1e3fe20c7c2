package dev.goofer.ddl;

import java.util.List;

import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.goofer.ddl.TestModels.field;
import static dev.goofer.ddl.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@Databases(DatabaseKind.POSTGRESQL)
class PostgresEnumPushTests {

    private TestDatabase database;

    @BeforeEach
    void resetDatabase(TestDatabase database) {
        Scripts.reset(database);
        this.database = database;
    }

    @Test
    void pushAddsEnumValuesInPlaceAndRemovesUnusedOnes() {
        push(schema("LOW", "HIGH"));
        this.database.jdbc().update("INSERT INTO \"Task\" (\"id\", \"priority\") VALUES (1, 'HIGH')");
        PushResult added = push(schema("LOW", "MEDIUM", "HIGH"));
        assertThat(added.statements()).containsExactly("ALTER TYPE \"Priority\" ADD VALUE 'MEDIUM' BEFORE 'HIGH'");
        PushResult removed = push(schema("MEDIUM", "HIGH"));
        assertThat(removed.statements()).contains("DROP TYPE \"Priority_old\"");
        assertThat(SchemaManager.validate(this.database.dataSource(), schema("MEDIUM", "HIGH")).inSync()).isTrue();
        assertThat(this.database.jdbc().queryForObject("SELECT \"priority\"::text FROM \"Task\"", String.class))
            .isEqualTo("HIGH");
    }

    @Test
    void pushRefusesToRemoveAnEnumValueStillInUse() {
        push(schema("LOW", "HIGH"));
        this.database.jdbc().update("INSERT INTO \"Task\" (\"id\", \"priority\") VALUES (1, 'LOW')");
        assertThatExceptionOfType(DataLossException.class)
            .isThrownBy(() -> SchemaManager.push(this.database.dataSource(), schema("HIGH"),
                    PushOptions.defaults().withAcceptDataLoss(true)))
            .withMessageContaining("The values [LOW] on the enum `Priority` will be removed. 1 row of `Task` still "
                    + "use them in column `priority`.");
    }

    private PushResult push(SchemaMeta schema) {
        return SchemaManager.push(this.database.dataSource(), schema, PushOptions.defaults());
    }

    private static SchemaMeta schema(String... values) {
        TestModels.Model task = model("Task").id(field("id", ScalarType.INT))
            .field(field("priority", ScalarType.ENUM).enumOf("Priority").defaultTo(values[values.length - 1]));
        return TestModels.schema(Provider.POSTGRESQL, List.of(task.build()),
                List.of(TestModels.enumType("Priority", null, values)));
    }

}
