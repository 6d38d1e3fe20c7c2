package dev.goofer.integration;

import java.util.List;

import dev.goofer.client.Where;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.query.OrderBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads: filters, ordering, paging, cursors, distinct, includes and relation counts.
 */
abstract class BlogReadTests extends BlogDatabase {

    User ada;

    User bob;

    User cy;

    @BeforeEach
    void seed() {
        this.ada = user("ada@acme.com", "Ada", Role.ADMIN);
        this.bob = user("bob@acme.com", "Bob", Role.USER);
        this.cy = db.user()
            .create(dev.goofer.fixture.blog.UserCreate.builder().email("cy_100%@x.org").build())
            .execute();
        post(this.ada, "Engines", 10, true, "java", "sql");
        post(this.ada, "Notes", 5, false, "java");
        post(this.bob, "Hello", 7, true);
        statements.clear();
    }

    @Test
    void findUniqueReadsByIdAndByUniqueField() {
        assertThat(db.user().findUnique(UserWhereUnique.id(this.ada.id())).fetch())
            .hasValueSatisfying((user) -> assertThat(user.email()).isEqualTo("ada@acme.com"));
        assertThat(db.user().findUnique(UserWhereUnique.email("bob@acme.com")).fetch().map(User::name)).hasValue("Bob");
        assertThat(db.user().findUnique(UserWhereUnique.email("nobody@acme.com")).fetch()).isEmpty();
    }

    @Test
    void createdRecordsCarryDatabaseDefaults() {
        assertThat(this.cy.role()).isEqualTo(Role.USER);
        assertThat(this.cy.createdAt()).isNotNull();
        assertThat(this.cy.name()).isNull();
    }

    @Test
    void databaseDefaultTimestampsCompareWithBoundInstants() {
        java.time.Instant now = java.time.Instant.now();
        assertThat(db.user()
            .findMany()
            .where(UserFields.CREATED_AT.gt(now.minus(java.time.Duration.ofDays(1)))
                .and(UserFields.CREATED_AT.lt(now.plus(java.time.Duration.ofDays(1)))))
            .fetch()).hasSize(3);
    }

    @Test
    void filtersCombineWithAndOrNot() {
        List<User> users = db.user()
            .findMany()
            .where(Where.or(UserFields.ROLE.eq(Role.ADMIN), UserFields.NAME.eq("Bob")).and(UserFields.ID.gt(0)))
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(users).extracting(User::email).containsExactly("ada@acme.com", "bob@acme.com");
        assertThat(db.user().findMany().where(Where.not(UserFields.ROLE.eq(Role.ADMIN))).fetch()).hasSize(2);
        assertThat(db.user().findMany().where(UserFields.NAME.isNull()).fetch()).extracting(User::email)
            .containsExactly("cy_100%@x.org");
        assertThat(db.user().findMany().where(UserFields.ID.in(this.ada.id(), this.bob.id())).fetch()).hasSize(2);
        assertThat(db.user().findMany().where(UserFields.ID.notIn(List.of())).fetch()).hasSize(3);
        assertThat(db.user().findMany().where(UserFields.ID.in(List.of())).fetch()).isEmpty();
    }

    @Test
    void textFiltersMatchWildcardsLiterally() {
        assertThat(db.user().findMany().where(UserFields.EMAIL.contains("_100%")).fetch()).hasSize(1);
        assertThat(db.user().findMany().where(UserFields.EMAIL.contains("%")).fetch()).hasSize(1);
        assertThat(db.user().findMany().where(UserFields.EMAIL.startsWith("a")).fetch()).hasSize(1);
        assertThat(db.user().findMany().where(UserFields.EMAIL.endsWith("@acme.com")).fetch()).hasSize(2);
        assertThat(db.user().findMany().where(UserFields.EMAIL.contains("d_")).fetch()).isEmpty();
    }

    @Test
    void insensitiveModeIgnoresCase() {
        assertThat(db.user().findMany().where(UserFields.EMAIL.insensitive().startsWith("ADA")).fetch()).hasSize(1);
        assertThat(db.user().findMany().where(UserFields.EMAIL.insensitive().eq("BOB@ACME.COM")).fetch()).hasSize(1);
    }

    @Test
    void orderingTakesSeveralKeysAndNullPlacement() {
        List<User> users = db.user()
            .findMany()
            .orderBy(UserFields.NAME.asc(OrderBy.Nulls.FIRST), UserFields.EMAIL.desc())
            .fetch();
        assertThat(users).extracting(User::email).containsExactly("cy_100%@x.org", "ada@acme.com", "bob@acme.com");
        List<User> last = db.user().findMany().orderBy(UserFields.NAME.desc(OrderBy.Nulls.LAST)).fetch();
        assertThat(last).extracting(User::email).containsExactly("bob@acme.com", "ada@acme.com", "cy_100%@x.org");
    }

    @Test
    void orderingFollowsToOneRelationsAndRelationCounts() {
        List<Post> posts = db.post()
            .findMany()
            .orderBy(PostFields.AUTHOR.orderBy(UserFields.EMAIL.desc()), PostFields.TITLE.asc())
            .fetch();
        assertThat(posts).extracting(Post::title).containsExactly("Hello", "Engines", "Notes");
        List<User> users = db.user().findMany().orderBy(UserFields.POSTS.count().desc()).fetch();
        assertThat(users).extracting(User::email).startsWith("ada@acme.com", "bob@acme.com");
    }

    @Test
    void takeSkipAndNegativeTakePage() {
        List<Post> posts = db.post().findMany().orderBy(PostFields.VIEWS.asc()).skip(1).take(1).fetch();
        assertThat(posts).extracting(Post::title).containsExactly("Hello");
        List<Post> lastTwo = db.post().findMany().orderBy(PostFields.VIEWS.asc()).take(-2).fetch();
        assertThat(lastTwo).extracting(Post::title).containsExactly("Hello", "Engines");
    }

    @Test
    void cursorStartsAtTheCursorRecordInTheOrdering() {
        Post hello = db.post().findFirst().where(PostFields.TITLE.eq("Hello")).fetch().orElseThrow();
        List<Post> after = db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .cursor(PostWhereUnique.id(hello.id()))
            .fetch();
        assertThat(after).extracting(Post::title).containsExactly("Hello", "Engines");
        List<Post> skipped = db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .cursor(PostWhereUnique.id(hello.id()))
            .skip(1)
            .take(5)
            .fetch();
        assertThat(skipped).extracting(Post::title).containsExactly("Engines");
        List<Post> before = db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .cursor(PostWhereUnique.id(hello.id()))
            .take(-2)
            .fetch();
        assertThat(before).extracting(Post::title).containsExactly("Notes", "Hello");
    }

    @Test
    void cursorOrdersNullableKeysAsTheOrderingDoes() {
        List<dev.goofer.client.Order<User>> orders = List.of(UserFields.NAME.asc(), UserFields.NAME.desc(),
                UserFields.NAME.asc(OrderBy.Nulls.FIRST), UserFields.NAME.asc(OrderBy.Nulls.LAST),
                UserFields.NAME.desc(OrderBy.Nulls.FIRST), UserFields.NAME.desc(OrderBy.Nulls.LAST));
        for (dev.goofer.client.Order<User> order : orders) {
            List<String> all = db.user().findMany().orderBy(order).fetch().stream().map(User::email).toList();
            for (int i = 0; i < all.size(); i++) {
                List<String> page = db.user()
                    .findMany()
                    .orderBy(order)
                    .cursor(UserWhereUnique.email(all.get(i)))
                    .fetch()
                    .stream()
                    .map(User::email)
                    .toList();
                assertThat(page).as("%s from %s", order, all.get(i)).isEqualTo(all.subList(i, all.size()));
            }
        }
    }

    @Test
    void distinctKeepsTheFirstRecordOfEachValue() {
        List<Post> posts = db.post().findMany().orderBy(PostFields.VIEWS.desc()).distinct(PostFields.AUTHOR_ID).fetch();
        assertThat(posts).extracting(Post::title).containsExactly("Engines", "Hello");
    }

    @Test
    void relationFiltersTestRelatedRecords() {
        assertThat(db.user().findMany().where(UserFields.POSTS.some(PostFields.PUBLISHED.eq(true))).fetch()).hasSize(2);
        assertThat(db.user().findMany().where(UserFields.POSTS.every(PostFields.PUBLISHED.eq(true))).fetch())
            .extracting(User::email)
            .containsExactlyInAnyOrder("bob@acme.com", "cy_100%@x.org");
        assertThat(db.user().findMany().where(UserFields.POSTS.none()).fetch()).extracting(User::email)
            .containsExactly("cy_100%@x.org");
        assertThat(db.post().findMany().where(PostFields.AUTHOR.is(UserFields.ROLE.eq(Role.ADMIN))).fetch()).hasSize(2);
        assertThat(db.post().findMany().where(PostFields.AUTHOR.isNot(UserFields.ROLE.eq(Role.ADMIN))).fetch())
            .extracting(Post::title)
            .containsExactly("Hello");
        assertThat(db.post().findMany().where(PostFields.TAGS.some(TagFields.NAME.eq("sql"))).fetch())
            .extracting(Post::title)
            .containsExactly("Engines");
        assertThat(db.user()
            .findMany()
            .where(UserFields.POSTS.some(PostFields.TAGS.some(TagFields.NAME.eq("java"))))
            .fetch()).extracting(User::email).containsExactly("ada@acme.com");
        assertThat(db.tag().findMany().where(TagFields.POSTS.none()).fetch()).isEmpty();
    }

    @Test
    void includesLoadRelationsWithTheirOwnArguments() {
        User user = db.user()
            .findUnique(UserWhereUnique.id(this.ada.id()))
            .include(UserFields.POSTS.orderBy(PostFields.VIEWS.desc()).take(1).include(PostFields.TAGS),
                    UserFields.PROFILE)
            .fetch()
            .orElseThrow();
        assertThat(user.posts()).extracting(Post::title).containsExactly("Engines");
        assertThat(user.posts().get(0).tags()).extracting(dev.goofer.fixture.blog.Tag::name)
            .containsExactlyInAnyOrder("java", "sql");
        assertThat(user.profile()).isEmpty();
        List<Post> posts = db.post().findMany().include(PostFields.AUTHOR).orderBy(PostFields.ID.asc()).fetch();
        assertThat(posts).extracting((post) -> post.author().email())
            .containsExactly("ada@acme.com", "ada@acme.com", "bob@acme.com");
    }

    @Test
    void relationCountsAreReturnedWithRecords() {
        List<User> users = db.user()
            .findMany()
            .include(UserFields.POSTS.count())
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(users).extracting((user) -> user._count().get(UserFields.POSTS)).containsExactly(2L, 1L, 0L);
        List<User> published = db.user()
            .findMany()
            .include(UserFields.POSTS.count(PostFields.PUBLISHED.eq(false)))
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(published).extracting((user) -> user._count().get(UserFields.POSTS)).containsExactly(1L, 0L, 0L);
    }

    @Test
    void includesCostOneStatementPerRelationWhateverTheNumberOfRows() {
        for (int i = 0; i < 20; i++) {
            User author = user("author" + i + "@acme.com", "A" + i, Role.USER);
            post(author, "P" + i, i, true, "t" + (i % 3));
        }
        statements.clear();
        List<User> users = db.user()
            .findMany()
            .include(UserFields.POSTS.include(PostFields.TAGS, PostFields.AUTHOR), UserFields.PROFILE,
                    UserFields.POSTS.count())
            .fetch();
        assertThat(users).hasSize(23);
        assertThat(statements).hasSize(5);
        statements.clear();
        db.user().findMany().include(UserFields.POSTS.take(1).include(PostFields.TAGS)).fetch();
        assertThat(statements).hasSize(3);
    }

    @Test
    void selectAndOmitReturnSelectionsWithNestedSelections() {
        List<dev.goofer.client.Selection<User>> users = db.user()
            .findMany()
            .select(UserFields.EMAIL, UserFields.POSTS.orderBy(PostFields.TITLE.asc()).select(PostFields.TITLE))
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(users).hasSize(3);
        assertThat(users.get(0).get(UserFields.EMAIL)).isEqualTo("ada@acme.com");
        assertThat(users.get(0).get(UserFields.POSTS)).extracting((post) -> post.get(PostFields.TITLE))
            .containsExactly("Engines", "Notes");
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
            .isThrownBy(() -> users.get(0).get(UserFields.NAME));
        dev.goofer.client.Selection<User> omitted = db.user()
            .findUnique(UserWhereUnique.id(this.bob.id()))
            .omit(UserFields.EMAIL)
            .fetch()
            .orElseThrow();
        assertThat(omitted.get(UserFields.NAME)).isEqualTo("Bob");
        assertThat(omitted.get(UserFields.ROLE)).isEqualTo(Role.USER);
    }

    @Test
    void nestedIncludesApplyDistinctAndSkipPerParent() {
        User user = db.user()
            .findUnique(UserWhereUnique.id(this.ada.id()))
            .include(UserFields.POSTS.orderBy(PostFields.VIEWS.asc()).skip(1))
            .fetch()
            .orElseThrow();
        assertThat(user.posts()).extracting(Post::title).containsExactly("Engines");
        List<User> distinct = db.user()
            .findMany()
            .include(UserFields.POSTS.orderBy(PostFields.VIEWS.desc()).distinct(PostFields.AUTHOR_ID))
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(distinct).extracting((u) -> u.posts().size()).containsExactly(1, 1, 0);
        assertThat(distinct.get(0).posts()).extracting(Post::title).containsExactly("Engines");
    }

    @Test
    void batchRunsStepsInOneTransaction() {
        List<Object> results = db.batch(db.user().count(), db.post().findMany().where(PostFields.VIEWS.gt(6)));
        assertThat(results.get(0)).isEqualTo(3L);
        assertThat((List<?>) results.get(1)).hasSize(2);
    }

    @Test
    void hugeParentListsAreChunked() {
        List<dev.goofer.fixture.blog.UserCreate> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            many.add(dev.goofer.fixture.blog.UserCreate.builder().email("bulk" + i + "@acme.com").build());
        }
        assertThat(db.user().createMany(many).execute()).isEqualTo(1100);
        statements.clear();
        List<User> users = db.user().findMany().include(UserFields.POSTS).fetch();
        assertThat(users).hasSize(1103);
        assertThat(users.stream().mapToInt((u) -> u.posts().size()).sum()).isEqualTo(3);
        assertThat(statements).hasSize(3);
    }

}
