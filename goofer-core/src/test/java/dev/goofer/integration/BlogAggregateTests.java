package dev.goofer.integration;

import java.util.List;
import java.util.Map;

import dev.goofer.client.AggregateExpr;
import dev.goofer.client.AggregateResult;
import dev.goofer.client.CountResult;
import dev.goofer.client.GroupRow;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Counts, aggregates, groups and raw SQL.
 */
abstract class BlogAggregateTests extends BlogDatabase {

    User ada;

    @BeforeEach
    void seed() {
        this.ada = user("ada@acme.com", "Ada", Role.ADMIN);
        User bob = user("bob@acme.com", null, Role.USER);
        post(this.ada, "A", 10, true);
        post(this.ada, "B", 20, false);
        post(bob, "C", 30, true);
        post(bob, "D", 40, true);
        post(bob, "E", 50, false);
    }

    @Test
    void countCountsRecordsAndNonNullFields() {
        assertThat(db.post().count().fetch()).isEqualTo(5);
        assertThat(db.post().count().where(PostFields.PUBLISHED.eq(true)).fetch()).isEqualTo(3);
        assertThat(db.post().count().orderBy(PostFields.VIEWS.asc()).skip(1).take(2).fetch()).isEqualTo(2);
        CountResult<User> counts = db.user().count().fetchCounts(UserFields.NAME);
        assertThat(counts.all()).isEqualTo(2);
        assertThat(counts.get(UserFields.NAME)).isEqualTo(1);
    }

    @Test
    void aggregateComputesOverAWindow() {
        AggregateResult<Post> all = db.post()
            .aggregate()
            .count()
            .sum(PostFields.VIEWS)
            .avg(PostFields.VIEWS)
            .min(PostFields.VIEWS)
            .max(PostFields.TITLE)
            .fetch();
        assertThat(all.count()).isEqualTo(5);
        assertThat(all.sum(PostFields.VIEWS)).isEqualTo(150);
        assertThat(all.avg(PostFields.VIEWS)).isEqualTo(30.0);
        assertThat(all.min(PostFields.VIEWS)).isEqualTo(10);
        assertThat(all.max(PostFields.TITLE)).isEqualTo("E");
        AggregateResult<Post> window = db.post()
            .aggregate()
            .sum(PostFields.VIEWS)
            .orderBy(PostFields.VIEWS.desc())
            .take(2)
            .fetch();
        assertThat(window.sum(PostFields.VIEWS)).isEqualTo(90);
        AggregateResult<Post> none = db.post()
            .aggregate()
            .sum(PostFields.VIEWS)
            .where(PostFields.VIEWS.gt(1000))
            .fetch();
        assertThat(none.sum(PostFields.VIEWS)).isNull();
    }

    @Test
    void groupByAggregatesPerGroupWithHavingAndOrdering() {
        List<GroupRow<Post>> groups = db.post()
            .groupBy(PostFields.AUTHOR_ID)
            .count()
            .sum(PostFields.VIEWS)
            .having(PostFields.VIEWS.sum().gt(50))
            .orderBy(PostFields.VIEWS.sum().desc())
            .fetch();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).sum(PostFields.VIEWS)).isEqualTo(120);
        assertThat(groups.get(0).count()).isEqualTo(3);
        List<GroupRow<Post>> byPublished = db.post()
            .groupBy(PostFields.PUBLISHED)
            .avg(PostFields.VIEWS)
            .where(PostFields.VIEWS.gte(20))
            .orderBy(PostFields.PUBLISHED.asc())
            .fetch();
        assertThat(byPublished).extracting((row) -> row.get(PostFields.PUBLISHED)).containsExactly(false, true);
        assertThat(byPublished).extracting((row) -> row.avg(PostFields.VIEWS)).containsExactly(35.0, 35.0);
        List<GroupRow<Post>> paged = db.post()
            .groupBy(PostFields.AUTHOR_ID)
            .count()
            .having(AggregateExpr.<Post>countAll().gte(2L))
            .orderBy(PostFields.AUTHOR_ID.asc())
            .skip(1)
            .take(1)
            .fetch();
        assertThat(paged).hasSize(1);
    }

    @Test
    void rawQueriesBindParametersAndMapRows() {
        List<Map<String, Object>> rows = db
            .queryRaw("SELECT " + quote("title") + " AS t FROM " + quote("Post") + " WHERE " + quote("views")
                    + " > ? ORDER BY " + quote("views"), 35)
            .fetch();
        assertThat(rows).extracting((row) -> row.get("t")).containsExactly("D", "E");
        List<Post> posts = db.queryRaw("SELECT * FROM " + quote("Post") + " WHERE " + quote("title") + " = ?", "C")
            .fetchInto(db.post());
        assertThat(posts).singleElement().satisfies((post) -> {
            assertThat(post.views()).isEqualTo(30);
            assertThat(post.published()).isTrue();
        });
        long changed = db
            .executeRaw("UPDATE " + quote("Post") + " SET " + quote("views") + " = ? WHERE " + quote("views") + " < ?",
                    0, 25)
            .execute();
        assertThat(changed).isEqualTo(2);
    }

    @Test
    void otherDatabaseErrorsGoThroughSpringsTranslatorNamingTheOperation() {
        assertThatThrownBy(() -> db.executeRaw("UPDATE " + quote("NoSuchTable") + " SET x = ?", 1).execute())
            .isInstanceOf(org.springframework.dao.DataAccessException.class)
            .hasMessageContaining("execute_raw");
        assertThatThrownBy(() -> db.queryRaw("SELECT nonsense FROM " + quote("Post")).fetch())
            .isInstanceOf(org.springframework.dao.DataAccessException.class)
            .hasMessageContaining("query_raw");
    }

}
