package dev.goofer.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserUpdate;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.Filter;
import dev.goofer.query.NestedWrite;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientDslTests {

    private static Row userRow(int id, String email) {
        Object[] values = { id, email, null, "admin", java.time.Instant.EPOCH, null, null };
        boolean[] loaded = { true, true, true, true, true, false, false };
        return new Row(UserFields.META, values, loaded, null);
    }

    @Test
    void findManyBuildsTheOperationAndMapsRowsToRecords() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(userRow(1, "ada@acme.com")));
        GooferClient db = new GooferClient(executor);
        List<User> users = db.user()
            .findMany()
            .where(UserFields.EMAIL.endsWith("@acme.com").and(UserFields.ROLE.eq(Role.ADMIN)))
            .include(UserFields.POSTS.take(5))
            .orderBy(UserFields.ID.desc())
            .take(20)
            .fetch();
        assertThat(users).extracting(User::email).containsExactly("ada@acme.com");
        assertThat(users.get(0).role()).isEqualTo(Role.ADMIN);
        Operation.FindMany operation = (Operation.FindMany) executor.last();
        assertThat(operation.args().take()).isEqualTo(20);
        assertThat(operation.args().orderBy())
            .containsExactly(new OrderBy.Field(UserFields.ID.meta(), SortOrder.DESC, null));
        assertThat(operation.args().where()).isInstanceOf(Filter.And.class);
        assertThat(operation.projection().includes()).singleElement()
            .satisfies((include) -> assertThat(include.args().take()).isEqualTo(5));
    }

    @Test
    void unloadedRelationsFailClearly() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(userRow(1, "ada@acme.com")));
        User user = new GooferClient(executor).user().findMany().fetch().get(0);
        assertThatThrownBy(user::posts).isInstanceOf(RelationNotLoadedException.class)
            .hasMessageContaining("Relation \"posts\" of User was not loaded")
            .hasMessageContaining("UserFields.POSTS");
    }

    @Test
    void findUniqueOrThrowNamesTheModelWhenNothingMatches() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of());
        GooferClient db = new GooferClient(executor);
        assertThat(db.user().findUnique(UserWhereUnique.email("x@y.z")).fetch()).isEmpty();
        assertThatThrownBy(() -> db.user().findUniqueOrThrow(UserWhereUnique.id(7)).fetch())
            .isInstanceOf(RecordNotFoundException.class)
            .hasMessageContaining("User")
            .hasMessageContaining("id=7");
    }

    @Test
    void selectReturnsSelectionsThatRefuseUnselectedFields() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> {
            Object[] values = { 1, "ada@acme.com", null, null, null, null, null };
            boolean[] loaded = { true, true, false, false, false, false, false };
            return List.of(new Row(UserFields.META, values, loaded, null));
        });
        List<Selection<User>> rows = new GooferClient(executor).user()
            .findMany()
            .select(UserFields.ID, UserFields.EMAIL)
            .fetch();
        assertThat(rows.get(0).get(UserFields.EMAIL)).isEqualTo("ada@acme.com");
        assertThatIllegalStateException().isThrownBy(() -> rows.get(0).get(UserFields.NAME))
            .withMessageContaining("not selected");
        Operation.FindMany operation = (Operation.FindMany) executor.last();
        assertThat(operation.projection().selection()).isTrue();
        assertThat(operation.projection().fields()).containsExactly(UserFields.ID.meta(), UserFields.EMAIL.meta());
    }

    @Test
    void createBuilderRejectsMissingRequiredFieldsAndCollectsNestedWrites() {
        assertThatIllegalStateException().isThrownBy(() -> UserCreate.builder().name("Ada").build())
            .withMessage("Missing required field \"email\" to create a User.");
        UserCreate create = UserCreate.builder()
            .email("ada@acme.com")
            .posts((posts) -> posts.create(PostCreate.builder().title("Hello").build()))
            .build();
        assertThat(create.toCreateData().relations()).singleElement().isInstanceOf(NestedWrite.Create.class);
    }

    @Test
    void updateCarriesAtomicOperations() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> userRow(1, "ada@acme.com"));
        new GooferClient(executor).user()
            .update(UserWhereUnique.id(1), UserUpdate.builder().id(NumberOperation.increment(1)).name(null).build())
            .execute();
        Operation.Update update = (Operation.Update) executor.last();
        assertThat(update.data().updates()).extracting(FieldUpdate::operation)
            .containsExactly(FieldUpdate.Operation.INCREMENT, FieldUpdate.Operation.SET);
    }

    @Test
    void relationFiltersAndCountsAreTyped() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of());
        new GooferClient(executor).post()
            .findMany()
            .where(PostFields.AUTHOR.is(UserFields.POSTS.some(PostFields.PUBLISHED.eq(true))))
            .orderBy(PostFields.AUTHOR.orderBy(UserFields.NAME.asc(OrderBy.Nulls.LAST)), PostFields.TAGS.count().desc())
            .cache(Duration.ofSeconds(5))
            .fetch();
        Operation.FindMany operation = (Operation.FindMany) executor.last();
        assertThat(operation.args().where()).isInstanceOf(Filter.Relation.class);
        assertThat(operation.args().orderBy()).hasSize(2);
        assertThat(executor.options.get(0).cache()).isTrue();
    }

    @Test
    void batchRunsStepsInOneTransaction() {
        RecordingExecutor executor = new RecordingExecutor(
                (operation) -> (operation instanceof Operation.DeleteMany) ? 3L : userRow(1, "a@b.c"));
        GooferClient db = new GooferClient(executor);
        List<Object> results = db.batch(db.user().create(UserCreate.builder().email("a@b.c").build()),
                db.post().deleteMany().where(PostFields.VIEWS.lt(1)));
        assertThat(executor.transactions).isEqualTo(1);
        assertThat(results.get(1)).isEqualTo(3L);
        assertThat(results.get(0)).isInstanceOf(User.class);
    }

    @Test
    void aggregateResultsAreTyped() {
        RecordingExecutor executor = new RecordingExecutor(
                (operation) -> Map.of("_count._all", 4L, "_sum.views", 10L, "_avg.views", 2.5));
        AggregateResult<Post> result = new GooferClient(executor).post()
            .aggregate()
            .count()
            .sum(PostFields.VIEWS)
            .avg(PostFields.VIEWS)
            .fetch();
        assertThat(result.count()).isEqualTo(4);
        assertThat(result.sum(PostFields.VIEWS)).isEqualTo(10);
        assertThat(result.avg(PostFields.VIEWS)).isEqualTo(2.5);
        assertThatIllegalStateException().isThrownBy(() -> result.max(PostFields.VIEWS));
    }

}
