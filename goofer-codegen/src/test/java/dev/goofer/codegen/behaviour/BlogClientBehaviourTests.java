package dev.goofer.codegen.behaviour;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.goofer.client.ClientDefinition;
import dev.goofer.client.GooferClientBase;
import dev.goofer.client.RelationNotLoadedException;
import dev.goofer.codegen.testing.Fixtures;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.Filter;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Compiles the client generated for the blog schema together with typed code that uses it
 * as an application would, then runs that code against a fake executor.
 */
class BlogClientBehaviourTests {

    private static final String PACKAGE = "com.example.blog";

    private static final String SCENARIO = PACKAGE + ".BlogScenario";

    private static final String SCENARIO_SOURCE = """
            package com.example.blog;

            import java.util.List;
            import java.util.Optional;

            import dev.goofer.client.NumberOperation;

            /** Typed uses of the generated client, as an application writes them. */
            public final class BlogScenario {

                private BlogScenario() {
                }

                /**
                 * Find admins.
                 * @param db the client
                 * @return their emails
                 */
                public static List<String> adminEmails(GooferClient db) {
                    return db.user()
                        .findMany()
                        .where(UserFields.ROLE.eq(Role.ADMIN).and(UserFields.EMAIL.endsWith("@acme.com")))
                        .include(UserFields.POSTS)
                        .orderBy(UserFields.ID.desc())
                        .take(20)
                        .fetch()
                        .stream()
                        .map(User::email)
                        .toList();
                }

                /**
                 * Find users.
                 * @param db the client
                 * @return the users
                 */
                public static List<User> users(GooferClient db) {
                    return db.user().findMany().fetch();
                }

                /**
                 * Find by email.
                 * @param db the client
                 * @param email the email
                 * @return the user
                 */
                public static Optional<User> byEmail(GooferClient db, String email) {
                    return db.user().findUnique(UserWhereUnique.email(email)).fetch();
                }

                /**
                 * Create a user with a post.
                 * @param db the client
                 * @return the user
                 */
                public static User createUser(GooferClient db) {
                    return db.user()
                        .create(UserCreate.builder()
                            .email("grace@acme.com")
                            .name(null)
                            .role(Role.USER)
                            .posts((posts) -> posts.create(PostCreate.builder().title("Hello").build()))
                            .build())
                        .execute();
                }

                /**
                 * Build a create without its required email.
                 * @return the input
                 */
                public static UserCreate incompleteUser() {
                    return UserCreate.builder().name("Ada").build();
                }

                /**
                 * Count a view.
                 * @param db the client
                 * @return the post
                 */
                public static Post publishAndCount(GooferClient db) {
                    return db.post()
                        .update(PostWhereUnique.id(1),
                                PostUpdate.builder().published(true).views(NumberOperation.increment(1)).build())
                        .execute();
                }

                /**
                 * Read a relation.
                 * @param user the user
                 * @return the posts
                 */
                public static List<Post> posts(User user) {
                    return user.posts();
                }

                /**
                 * Read an optional to-one relation.
                 * @param user the user
                 * @return the profile
                 */
                public static Optional<Profile> profile(User user) {
                    return user.profile();
                }

            }
            """;

    private static CompiledClient client;

    @BeforeAll
    static void compile(@TempDir Path directory) {
        client = CompiledClient.generate(Fixtures.blog(), PACKAGE, directory,
                Map.of("com/example/blog/BlogScenario.java", SCENARIO_SOURCE));
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void definitionIsFoundThroughTheServiceRegistration() {
        ClientDefinition<?> definition = client.definition();
        assertThat(definition.clientType().getName()).isEqualTo(PACKAGE + ".GooferClient");
        assertThat(definition.schema().models()).extracting(ModelMeta::name)
            .containsExactly("User", "Profile", "Post", "Tag");
        assertThat(definition.create(new RecordingExecutor((operation) -> null))).isInstanceOf(GooferClientBase.class);
    }

    @Test
    void findManyBuildsTheOperationAndMapsRowsToRecordsConvertingValues() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(userRow(1L, "ada@acme.com")));
        Object db = db(executor);
        assertThat(client.call(SCENARIO, "adminEmails", db)).isEqualTo(List.of("ada@acme.com"));
        Operation.FindMany operation = (Operation.FindMany) executor.last();
        assertThat(operation.model().name()).isEqualTo("User");
        assertThat(operation.args().take()).isEqualTo(20);
        assertThat(operation.args().where()).isInstanceOf(Filter.And.class);
        assertThat(operation.projection().includes()).hasSize(1);
        List<?> users = (List<?>) client.call(SCENARIO, "users", db);
        assertThat(users.get(0).toString()).contains("id=1,", "role=ADMIN", "createdAt=1970-01-01T00:00:00Z");
    }

    @Test
    void unloadedRelationsFailClearlyAndLoadedOnesAreMapped() {
        Row loaded = new Row(userMeta(), new Object[] { 1, "a@b.c", null, "USER", Instant.EPOCH, List.of(), null },
                new boolean[] { true, true, true, true, true, true, true }, null);
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(userRow(1, "a@b.c"), loaded));
        List<?> users = (List<?>) client.call(SCENARIO, "users", db(executor));
        assertThatThrownBy(() -> client.call(SCENARIO, "posts", users.get(0)))
            .isInstanceOf(RelationNotLoadedException.class)
            .hasMessageContaining("Relation \"posts\" of User was not loaded");
        assertThat(client.call(SCENARIO, "posts", users.get(1))).isEqualTo(List.of());
        assertThat(client.call(SCENARIO, "profile", users.get(1))).isEqualTo(Optional.empty());
    }

    @Test
    void findUniqueSelectsByAUniqueField() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of());
        assertThat(client.call(SCENARIO, "byEmail", db(executor), "x@y.z")).isEqualTo(Optional.empty());
        assertThat(executor.operations).hasSize(1);
    }

    @Test
    void createCarriesNestedWritesAndChecksRequiredFields() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> userRow(2, "grace@acme.com"));
        Object user = client.call(SCENARIO, "createUser", db(executor));
        assertThat(user.toString()).contains("email=grace@acme.com");
        Operation.Create create = (Operation.Create) executor.last();
        assertThat(create.data().relations()).singleElement().isInstanceOf(NestedWrite.Create.class);
        assertThatIllegalStateException().isThrownBy(() -> client.call(SCENARIO, "incompleteUser"))
            .withMessage("Missing required field \"email\" to create a User.");
    }

    @Test
    void updateCarriesAtomicNumberOperations() {
        Row post = new Row(postMeta(), new Object[] { 1, "Hello", true, 2, 1, null, null },
                new boolean[] { true, true, true, true, true, false, false }, null);
        RecordingExecutor executor = new RecordingExecutor((operation) -> post);
        client.call(SCENARIO, "publishAndCount", db(executor));
        Operation.Update update = (Operation.Update) executor.last();
        assertThat(update.data().updates()).extracting(FieldUpdate::operation)
            .containsExactly(FieldUpdate.Operation.SET, FieldUpdate.Operation.INCREMENT);
    }

    private static Object db(RecordingExecutor executor) {
        return client.definition().create(executor);
    }

    private static Row userRow(Object id, String email) {
        Object[] values = { id, email, null, "admin", Instant.EPOCH, null, null };
        boolean[] loaded = { true, true, true, true, true, false, false };
        return new Row(userMeta(), values, loaded, null);
    }

    private static ModelMeta userMeta() {
        return client.definition().schema().model("User");
    }

    private static ModelMeta postMeta() {
        return client.definition().schema().model("Post");
    }

}
