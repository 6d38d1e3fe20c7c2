package dev.goofer.codegen.behaviour;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goofer.client.WhereUnique;
import dev.goofer.codegen.testing.Fixtures;
import dev.goofer.metadata.FieldMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;
import dev.goofer.types.Bytes;
import dev.goofer.types.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs the client generated for the kitchen-sink schema: views, compound keys, scalar
 * lists, mapped enums, self relations, and ignored and unsupported fields.
 */
class KitchenSinkBehaviourTests {

    private static final String PACKAGE = "com.example.kitchensink";

    private static final String SCENARIO = PACKAGE + ".KitchenScenario";

    private static final String SCENARIO_SOURCE = """
            package com.example.kitchensink;

            import java.util.List;
            import java.util.Optional;

            import dev.goofer.client.WhereUnique;

            /** Typed uses of the generated client. */
            public final class KitchenScenario {

                private KitchenScenario() {
                }

                /**
                 * Read a view.
                 * @param db the client
                 * @return the rows
                 */
                public static List<UserStats> busyUsers(GooferClient db) {
                    return db.userStats().findMany().where(UserStatsFields.POST_COUNT.gt(3)).fetch();
                }

                /**
                 * Select by a named compound id.
                 * @return the selector
                 */
                public static WhereUnique<Membership> membership() {
                    return MembershipWhereUnique.membershipId(1, 2);
                }

                /**
                 * Select by a named compound unique.
                 * @return the selector
                 */
                public static WhereUnique<Membership> teamRole() {
                    return MembershipWhereUnique.teamRole(2, Role.ADMIN);
                }

                /**
                 * Select by a default-named compound id.
                 * @return the selector
                 */
                public static WhereUnique<PostCategory> postCategory() {
                    return PostCategoryWhereUnique.postIdCategoryId(1, 2);
                }

                /**
                 * Read all types.
                 * @param db the client
                 * @return the rows
                 */
                public static List<AllTypes> allTypes(GooferClient db) {
                    return db.allTypes().findMany().where(AllTypesFields.ROLES.has(Role.ADMIN)).fetch();
                }

                /**
                 * Read a self relation.
                 * @param employee the employee
                 * @return the manager
                 */
                public static Optional<Employee> manager(Employee employee) {
                    return employee.manager();
                }

                /**
                 * Read employees.
                 * @param db the client
                 * @return the employees
                 */
                public static List<Employee> employees(GooferClient db) {
                    return db.employee().findMany().include(EmployeeFields.MANAGER).fetch();
                }

            }
            """;

    private static CompiledClient client;

    @BeforeAll
    static void compile(@TempDir Path directory) {
        client = CompiledClient.generate(Fixtures.kitchenSink(), PACKAGE, directory,
                Map.of("com/example/kitchensink/KitchenScenario.java", SCENARIO_SOURCE));
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    void viewsOfferReadOperationsOnly() {
        Class<?> viewClient = client.type("dev.goofer.client.ViewClient");
        assertThat(Arrays.stream(viewClient.getDeclaredMethods())
            .filter((method) -> Modifier.isPublic(method.getModifiers()))
            .map(Method::getName)).containsExactlyInAnyOrder("meta", "findUnique", "findUniqueOrThrow", "findFirst",
                    "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy");
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> client.type(PACKAGE + ".UserStatsCreate"));
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> client.type(PACKAGE + ".UserStatsUpdate"));
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> client.type(PACKAGE + ".DailyTotalsWhereUnique"));
        Row stats = new Row(schema().model("UserStats"), new Object[] { 7, 4, null },
                new boolean[] { true, true, true }, null);
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(stats));
        List<?> rows = (List<?>) client.call(SCENARIO, "busyUsers", client.definition().create(executor));
        assertThat(rows.get(0).toString()).isEqualTo("UserStats[userId=7, postCount=4, lastPostAt=null]");
        assertThat(((Operation.FindMany) executor.last()).model().name()).isEqualTo("UserStats");
    }

    @Test
    void compoundKeysSelectByEveryKeyField() {
        assertThat(values(client.call(SCENARIO, "membership"))).containsExactly("userId=1", "teamId=2");
        assertThat(values(client.call(SCENARIO, "teamRole"))).containsExactly("teamId=2", "role=ADMIN");
        assertThat(values(client.call(SCENARIO, "postCategory"))).containsExactly("postId=1", "categoryId=2");
    }

    @Test
    void ignoredAndUnsupportedFieldsStayInTheMetadataButNotInTheClient() throws Exception {
        ModelMeta allTypes = schema().model("all_types");
        assertThat(allTypes.fields()).extracting(FieldMeta::name).contains("legacy", "location");
        Class<?> record = client.type(PACKAGE + ".AllTypes");
        assertThat(Arrays.stream(record.getRecordComponents()).map((component) -> component.getName()))
            .doesNotContain("legacy", "location")
            .contains("optionalText", "createdAt");
        Class<?> fields = client.type(PACKAGE + ".AllTypesFields");
        assertThat(Arrays.stream(fields.getFields()).map((field) -> field.getName())).doesNotContain("LEGACY",
                "LOCATION");
        assertThat(schema().models()).extracting(ModelMeta::name).contains("LegacyLog");
        assertThat(Arrays.stream(client.type(PACKAGE + ".GooferClient").getMethods()).map(Method::getName))
            .doesNotContain("legacyLog")
            .contains("allTypes", "userStats");
        assertThat(Arrays.stream(client.type(PACKAGE + ".User").getRecordComponents()).map((c) -> c.getName()))
            .doesNotContain("logs");
        assertThatExceptionOfType(IllegalStateException.class)
            .isThrownBy(() -> client.type(PACKAGE + ".LocationCreate"));
        assertThat(client.type(PACKAGE + ".LocationUpdate")).isNotNull();
    }

    @Test
    void rowsOfEveryTypeAreConvertedToTheirJavaTypes() {
        ModelMeta meta = schema().model("all_types");
        Object[] values = { "id-1", "c1", "text", null, true, null, 5L, null, 10L, null, 1.5d, null,
                new BigDecimal("9.99"), null, Instant.EPOCH, Instant.EPOCH, null, Json.of("{}"), null,
                Bytes.fromHex("cafe"), null, "admin", null, "SHIPPED", List.of("a"), List.of(1, 2),
                List.of("admin", "USER"), List.of(), List.of(), null, null, 3, "n" };
        boolean[] loaded = new boolean[values.length];
        Arrays.fill(loaded, true);
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(new Row(meta, values, loaded, null)));
        List<?> rows = (List<?>) client.call(SCENARIO, "allTypes", client.definition().create(executor));
        assertThat(rows.get(0).toString()).contains("count=5,", "role=ADMIN", "status=shipped", "roles=[ADMIN, USER]",
                "scores=[1, 2]", "blob=Bytes[cafe]");
    }

    @Test
    void selfRelationsMapToRecordsOfTheSameModel() {
        ModelMeta meta = schema().model("Employee");
        Row manager = new Row(meta, new Object[] { 1, "Grace", null, null, null, null, null },
                new boolean[] { true, true, true, false, false, false, false }, null);
        Row employee = new Row(meta, new Object[] { 2, "Ada", 1, manager, null, null, null },
                new boolean[] { true, true, true, true, false, false, false }, null);
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(employee));
        List<?> employees = (List<?>) client.call(SCENARIO, "employees", client.definition().create(executor));
        Optional<?> found = (Optional<?>) client.call(SCENARIO, "manager", employees.get(0));
        assertThat(found.orElseThrow().toString()).startsWith("Employee[id=1, name=Grace");
    }

    private static SchemaMeta schema() {
        return client.definition().schema();
    }

    private static List<String> values(Object whereUnique) {
        return ((WhereUnique<?>) whereUnique).toUniqueWhere()
            .values()
            .stream()
            .map((FieldValue value) -> value.field().name() + "=" + value.value())
            .toList();
    }

}
