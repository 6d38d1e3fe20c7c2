package dev.goofer.client;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.query.Operation;
import dev.goofer.query.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewClientTests {

    private static Row userRow() {
        Object[] values = { 1, "ada@acme.com", null, "admin", java.time.Instant.EPOCH, null, null };
        boolean[] loaded = { true, true, true, true, true, false, false };
        return new Row(UserFields.META, values, loaded, null);
    }

    @Test
    void readsRunTheOperationsOfTheUnderlyingModel() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> List.of(userRow()));
        ViewClient<User> view = new ViewClient<>(new GooferClient(executor).user());
        assertThat(view.meta()).isSameAs(UserFields.META);
        assertThat(view.findMany().where(UserFields.EMAIL.endsWith("@acme.com")).fetch()).extracting(User::email)
            .containsExactly("ada@acme.com");
        assertThat(((Operation.FindMany) executor.last()).name()).isEqualTo("find_many");
        assertThat(view.findFirst().fetch()).isPresent();
        assertThat(view.findFirstOrThrow().fetch().id()).isEqualTo(1);
        assertThat(view.findUnique(UserWhereUnique.id(1)).fetch()).isPresent();
        assertThat(view.findUniqueOrThrow(UserWhereUnique.id(1)).fetch().email()).isEqualTo("ada@acme.com");
        assertThat(((Operation.FindMany) executor.last()).name()).isEqualTo("find_unique_or_throw");
    }

    @Test
    void countsAndGroupsRunOnTheUnderlyingModel() {
        RecordingExecutor executor = new RecordingExecutor((operation) -> Map.of("_all", 3L));
        ViewClient<User> view = new ViewClient<>(new GooferClient(executor).user());
        assertThat(view.count().fetch()).isEqualTo(3);
        assertThat(executor.last()).isInstanceOf(Operation.Count.class);
        assertThat(view.groupBy(UserFields.ROLE).operation().by()).containsExactly(UserFields.ROLE.meta());
        assertThat(view.aggregate().operation().model()).isSameAs(UserFields.META);
    }

    @Test
    void offersNoWrites() {
        List<String> methods = Arrays.stream(ViewClient.class.getDeclaredMethods())
            .filter((method) -> Modifier.isPublic(method.getModifiers()))
            .map(Method::getName)
            .sorted()
            .toList();
        assertThat(methods).containsExactly("aggregate", "count", "findFirst", "findFirstOrThrow", "findMany",
                "findUnique", "findUniqueOrThrow", "groupBy", "meta");
    }

}
