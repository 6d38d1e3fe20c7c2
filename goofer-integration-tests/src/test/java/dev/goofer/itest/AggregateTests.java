package dev.goofer.itest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.goofer.client.AggregateExpr;
import dev.goofer.client.AggregateResult;
import dev.goofer.client.CountResult;
import dev.goofer.client.GroupRow;
import dev.goofer.itest.db.Post;
import dev.goofer.itest.db.PostFields;
import dev.goofer.itest.db.Role;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Counts, aggregates over every number type, groups with having, ordering and paging, and
 * raw SQL with bound parameters.
 */
abstract class AggregateTests extends ItestDatabase {

    User ada;

    User bob;

    @BeforeEach
    void seed() {
        this.ada = user(UserCreate.builder()
            .email("ada@acme.com")
            .name("Ada")
            .role(Role.ADMIN)
            .age(30)
            .score(1.5)
            .balance(decimal("10.25"))
            .bigNumber(5_000_000_000L));
        this.bob = user(
                UserCreate.builder().email("bob@acme.com").age(20).score(2.5).balance(decimal("0.50")).bigNumber(1L));
        user(UserCreate.builder().email("cy@acme.com").role(Role.GUEST));
        post(this.ada, "A", 10, true);
        post(this.ada, "B", 20, false);
        post(this.bob, "C", 30, true);
        post(this.bob, "D", 40, true);
        post(this.bob, "E", 50, false);
    }

    @Test
    void countCountsRecordsAndNonNullFieldsOverAWindow() {
        assertThat(db.post().count().fetch()).isEqualTo(5);
        assertThat(db.post().count().where(PostFields.PUBLISHED.eq(true)).fetch()).isEqualTo(3);
        assertThat(db.post().count().orderBy(PostFields.VIEWS.asc()).skip(1).take(2).fetch()).isEqualTo(2);
        assertThat(db.user().count().where(UserFields.POSTS.some(PostFields.VIEWS.gt(25))).fetch()).isEqualTo(1);
        CountResult<User> counts = db.user().count().fetchCounts(UserFields.NAME, UserFields.AGE, UserFields.EMAIL);
        assertThat(counts.all()).isEqualTo(3);
        assertThat(counts.get(UserFields.NAME)).isEqualTo(1);
        assertThat(counts.get(UserFields.AGE)).isEqualTo(2);
        assertThat(counts.get(UserFields.EMAIL)).isEqualTo(3);
    }

    @Test
    void aggregateComputesEveryFunctionOnEveryNumberType() {
        AggregateResult<User> all = db.user()
            .aggregate()
            .count()
            .count(UserFields.AGE)
            .sum(UserFields.AGE, UserFields.SCORE, UserFields.BALANCE, UserFields.BIG_NUMBER)
            .avg(UserFields.AGE, UserFields.BALANCE)
            .min(UserFields.AGE, UserFields.BALANCE, UserFields.EMAIL, UserFields.CREATED_AT)
            .max(UserFields.BIG_NUMBER, UserFields.SCORE, UserFields.NAME)
            .fetch();
        assertThat(all.count()).isEqualTo(3);
        assertThat(all.count(UserFields.AGE)).isEqualTo(2);
        assertThat(all.sum(UserFields.AGE)).isEqualTo(50);
        assertThat(all.sum(UserFields.SCORE)).isEqualTo(4.0);
        assertThat(all.sum(UserFields.BALANCE)).isEqualByComparingTo("10.75");
        assertThat(all.sum(UserFields.BIG_NUMBER)).isEqualTo(5_000_000_001L);
        assertThat(all.avg(UserFields.AGE)).isEqualTo(25.0);
        assertThat(all.avg(UserFields.BALANCE)).isEqualTo(5.375);
        assertThat(all.min(UserFields.AGE)).isEqualTo(20);
        assertThat(all.min(UserFields.BALANCE)).isInstanceOf(BigDecimal.class).isEqualByComparingTo("0.5");
        assertThat(all.min(UserFields.EMAIL)).isEqualTo("ada@acme.com");
        assertThat(all.min(UserFields.CREATED_AT)).isNotNull();
        assertThat(all.max(UserFields.BIG_NUMBER)).isEqualTo(5_000_000_000L);
        assertThat(all.max(UserFields.SCORE)).isEqualTo(2.5);
        assertThat(all.max(UserFields.NAME)).isEqualTo("Ada");
        AggregateResult<Post> window = db.post()
            .aggregate()
            .sum(PostFields.VIEWS)
            .where(PostFields.PUBLISHED.eq(true))
            .orderBy(PostFields.VIEWS.desc())
            .take(2)
            .fetch();
        assertThat(window.sum(PostFields.VIEWS)).isEqualTo(70);
        AggregateResult<Post> none = db.post()
            .aggregate()
            .sum(PostFields.VIEWS)
            .avg(PostFields.VIEWS)
            .where(PostFields.VIEWS.gt(1000))
            .fetch();
        assertThat(none.sum(PostFields.VIEWS)).isNull();
        assertThat(none.avg(PostFields.VIEWS)).isNull();
    }

    @Test
    void groupByAggregatesPerGroupWithHavingOrderingAndPaging() {
        List<GroupRow<Post>> groups = db.post()
            .groupBy(PostFields.AUTHOR_ID)
            .count()
            .sum(PostFields.VIEWS)
            .max(PostFields.TITLE)
            .having(PostFields.VIEWS.sum().gt(50))
            .orderBy(PostFields.VIEWS.sum().desc())
            .fetch();
        assertThat(groups).singleElement().satisfies((row) -> {
            assertThat(row.get(PostFields.AUTHOR_ID)).isEqualTo(this.bob.id());
            assertThat(row.sum(PostFields.VIEWS)).isEqualTo(120);
            assertThat(row.count()).isEqualTo(3);
            assertThat(row.max(PostFields.TITLE)).isEqualTo("E");
        });
        List<GroupRow<Post>> byPublished = db.post()
            .groupBy(PostFields.PUBLISHED)
            .avg(PostFields.VIEWS)
            .min(PostFields.VIEWS)
            .where(PostFields.VIEWS.gte(20))
            .orderBy(PostFields.PUBLISHED.asc())
            .fetch();
        assertThat(byPublished).extracting((row) -> row.get(PostFields.PUBLISHED)).containsExactly(false, true);
        assertThat(byPublished).extracting((row) -> row.avg(PostFields.VIEWS)).containsExactly(35.0, 35.0);
        assertThat(byPublished).extracting((row) -> row.min(PostFields.VIEWS)).containsExactly(20, 30);
        List<GroupRow<Post>> paged = db.post()
            .groupBy(PostFields.AUTHOR_ID, PostFields.PUBLISHED)
            .count()
            .having(AggregateExpr.<Post>countAll().gte(1L))
            .orderBy(PostFields.AUTHOR_ID.asc(), PostFields.PUBLISHED.desc())
            .skip(1)
            .take(2)
            .fetch();
        assertThat(paged).extracting((row) -> row.get(PostFields.PUBLISHED)).containsExactly(false, true);
        assertThat(paged).extracting(GroupRow::count).containsExactly(1L, 2L);
        List<GroupRow<User>> byRole = db.user()
            .groupBy(UserFields.ROLE)
            .count(UserFields.AGE)
            .sum(UserFields.BALANCE)
            .having(UserFields.AGE.count().gte(1L))
            .orderBy(UserFields.BALANCE.sum().desc())
            .fetch();
        assertThat(byRole).extracting((row) -> row.get(UserFields.ROLE)).containsExactly(Role.ADMIN, Role.MEMBER);
        assertThat(byRole.get(0).sum(UserFields.BALANCE)).isEqualByComparingTo("10.25");
    }

    @Test
    void rawQueriesBindParametersAndMapRowsOrRecords() {
        List<Map<String, Object>> rows = db
            .queryRaw("SELECT " + quote("title") + " AS t FROM " + quote("posts") + " WHERE " + quote("views")
                    + " > ? ORDER BY " + quote("views"), 35)
            .fetch();
        assertThat(rows).extracting((row) -> row.get("t")).containsExactly("D", "E");
        List<User> users = db
            .queryRaw("SELECT * FROM " + quote("users") + " WHERE " + quote("email") + " = ? OR " + quote("age")
                    + " IS NULL", "ada@acme.com")
            .fetchInto(db.user());
        assertThat(users).extracting(User::email).containsExactlyInAnyOrder("ada@acme.com", "cy@acme.com");
        User ada = users.stream().filter((u) -> u.email().equals("ada@acme.com")).findFirst().orElseThrow();
        assertThat(ada.role()).isEqualTo(Role.ADMIN);
        assertThat(ada.balance()).isEqualByComparingTo("10.25");
        assertThat(ada.bigNumber()).isEqualTo(5_000_000_000L);
        assertThat(ada.createdAt()).isEqualTo(this.ada.createdAt());
        String injection = "x' OR '1'='1";
        assertThat(
                db.queryRaw("SELECT * FROM " + quote("users") + " WHERE " + quote("email") + " = ?", injection).fetch())
            .isEmpty();
        long changed = db
            .executeRaw("UPDATE " + quote("posts") + " SET " + quote("views") + " = ? WHERE " + quote("views") + " < ?",
                    0, 25)
            .execute();
        assertThat(changed).isEqualTo(2);
        assertThat(db.post().count().where(PostFields.VIEWS.eq(0)).fetch()).isEqualTo(2);
        assertThatThrownBy(() -> db.executeRaw("UPDATE " + quote("missing_table") + " SET x = ?", 1).execute())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("execute_raw");
    }

}
