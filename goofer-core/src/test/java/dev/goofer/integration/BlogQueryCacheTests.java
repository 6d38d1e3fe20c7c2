package dev.goofer.integration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.StatementEvent;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.Profile;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.Tag;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserUpdate;
import dev.goofer.fixture.blog.UserWhereUnique;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query cache on a real database: hits cost no SQL, and writes through Goofer make
 * every result they change stale, however the read reached the written model.
 */
abstract class BlogQueryCacheTests extends BlogDatabase {

    static final List<StatementEvent> cachedStatements = new CopyOnWriteArrayList<>();

    static CachingQueryExecutor cache;

    static GooferClient cached;

    @BeforeAll
    static void createCachedClient() {
        JdbcQueryExecutor jdbcExecutor = JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA)
            .statementListener(cachedStatements::add)
            .build();
        cache = CachingQueryExecutor.builder(jdbcExecutor, GooferSchema.SCHEMA).executor(Runnable::run).build();
        cached = new GooferClient(cache);
    }

    @BeforeEach
    void forgetRowsDeletedBehindTheCachesBack() {
        cache.invalidateAll();
        cachedStatements.clear();
    }

    private static List<User> usersWithPosts() {
        return cached.user()
            .findMany()
            .include(UserFields.POSTS.orderBy(PostFields.ID.asc()))
            .orderBy(UserFields.ID.asc())
            .cache()
            .fetch();
    }

    @Test
    void repeatedCachedReadsRunNoSql() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        long hits = cache.stats().hits();
        assertThat(cached.user().findUnique(UserWhereUnique.id(ada.id())).cache().fetch()).contains(ada);
        int statements = cachedStatements.size();
        assertThat(cached.user().findUnique(UserWhereUnique.id(ada.id())).cache().fetch()).contains(ada);
        assertThat(cached.user().findUnique(UserWhereUnique.email("ada@x.org")).cache().fetch()).contains(ada);
        assertThat(cachedStatements).hasSize(statements + 1);
        assertThat(cache.stats().hits()).isEqualTo(hits + 1);
    }

    @Test
    void updateThroughGooferIsSeenByTheNextCachedRead() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        assertThat(cached.user().findUnique(UserWhereUnique.id(ada.id())).cache().fetch()).contains(ada);
        cached.user().update(UserWhereUnique.id(ada.id()), UserUpdate.builder().name("Lovelace").build()).execute();
        assertThat(cached.user().findUnique(UserWhereUnique.id(ada.id())).cache().fetch())
            .hasValueSatisfying((user) -> assertThat(user.name()).isEqualTo("Lovelace"));
    }

    @Test
    void nestedCreateThroughAnotherModelRefreshesIncludes() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        assertThat(usersWithPosts()).singleElement().satisfies((user) -> assertThat(user.posts()).isEmpty());
        cached.post()
            .create(PostCreate.builder()
                .title("Engines")
                .author((author) -> author.connect(UserWhereUnique.id(ada.id())))
                .build())
            .execute();
        assertThat(usersWithPosts()).singleElement()
            .satisfies((user) -> assertThat(user.posts()).extracting(Post::title).containsExactly("Engines"));
    }

    @Test
    void manyToManyConnectRefreshesReadsOfBothSides() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        Post post = post(ada, "Engines", 1, true, "math");
        cached.tag().create(dev.goofer.fixture.blog.TagCreate.builder().name("java").build()).execute();
        List<Tag> tags = cached.tag()
            .findMany()
            .include(TagFields.POSTS.orderBy(PostFields.ID.asc()))
            .orderBy(TagFields.NAME.asc())
            .cache()
            .fetch();
        assertThat(tags).extracting((tag) -> tag.posts().size()).containsExactly(0, 1);
        List<User> writers = cached.user()
            .findMany()
            .where(UserFields.POSTS.some(PostFields.TAGS.some(TagFields.NAME.eq("java"))))
            .cache()
            .fetch();
        assertThat(writers).isEmpty();
        cached.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder().tags((t) -> t.connect(TagWhereUnique.name("java"))).build())
            .execute();
        assertThat(cached.tag()
            .findMany()
            .include(TagFields.POSTS.orderBy(PostFields.ID.asc()))
            .orderBy(TagFields.NAME.asc())
            .cache()
            .fetch()).extracting((tag) -> tag.posts().size()).containsExactly(1, 1);
        assertThat(cached.user()
            .findMany()
            .where(UserFields.POSTS.some(PostFields.TAGS.some(TagFields.NAME.eq("java"))))
            .cache()
            .fetch()).extracting(User::email).containsExactly("ada@x.org");
    }

    @Test
    void deleteRefreshesRelationCountsAndCascadedModels() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        User grace = user("grace@x.org", "Grace", Role.USER);
        Post first = post(ada, "A", 1, true);
        post(ada, "B", 2, true);
        cached.user()
            .update(UserWhereUnique.id(grace.id()),
                    UserUpdate.builder()
                        .profile((profile) -> profile.create(ProfileCreate.builder().bio("Compilers").build()))
                        .build())
            .execute();
        assertThat(
                cached.user().findMany().include(UserFields.POSTS.count()).orderBy(UserFields.ID.asc()).cache().fetch())
            .extracting((user) -> user._count().get(UserFields.POSTS))
            .containsExactly(2L, 0L);
        assertThat(cached.profile().findMany().cache().fetch()).extracting(Profile::bio).containsExactly("Compilers");
        cached.post().delete(PostWhereUnique.id(first.id())).execute();
        cached.user().delete(UserWhereUnique.id(grace.id())).execute();
        assertThat(
                cached.user().findMany().include(UserFields.POSTS.count()).orderBy(UserFields.ID.asc()).cache().fetch())
            .extracting((user) -> user._count().get(UserFields.POSTS))
            .containsExactly(1L);
        assertThat(cached.profile().findMany().cache().fetch()).isEmpty();
    }

    @Test
    void rawQueriesAreRefreshedByWritesToTheModelsTheyDeclare() {
        user("ada@x.org", "Ada", Role.USER);
        String sql = "SELECT COUNT(*) AS n FROM " + quote("User");
        assertThat(count(cached.queryRaw(sql).models("User").cache(Duration.ofMinutes(1)).fetch())).isEqualTo(1);
        cached.executeRaw("DELETE FROM " + quote("User")).models("User").execute();
        assertThat(count(cached.queryRaw(sql).models("User").cache(Duration.ofMinutes(1)).fetch())).isZero();
        user("grace@x.org", "Grace", Role.USER);
        cached.executeRaw("UPDATE " + quote("Tag") + " SET " + quote("name") + " = ?", "x").execute();
        assertThat(count(cached.queryRaw(sql).models("User").cache(Duration.ofMinutes(1)).fetch())).isEqualTo(1);
    }

    private static long count(List<Map<String, Object>> rows) {
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    @Test
    void rollbackLeavesTheCacheIntactAndCommitInvalidates() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        assertThat(cached.user().findMany().cache().fetch()).containsExactly(ada);
        long invalidations = cache.stats().invalidations();
        assertThatThrownBy(() -> cached.transaction((tx) -> {
            tx.user().update(UserWhereUnique.id(ada.id()), UserUpdate.builder().name("Lovelace").build()).execute();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        int statements = cachedStatements.size();
        assertThat(cached.user().findMany().cache().fetch()).containsExactly(ada);
        assertThat(cachedStatements).hasSize(statements);
        assertThat(cache.stats().invalidations()).isEqualTo(invalidations);
        cached.transaction((tx) -> tx.user()
            .update(UserWhereUnique.id(ada.id()), UserUpdate.builder().name("Lovelace").build())
            .execute());
        assertThat(cached.user().findMany().cache().fetch()).extracting(User::name).containsExactly("Lovelace");
    }

    @Test
    void readsInsideASpringTransactionSeeItsOwnWritesAndLeaveTheCacheAlone() {
        User ada = user("ada@x.org", "Ada", Role.USER);
        assertThat(cached.user().findMany().cache().fetch()).containsExactly(ada);
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.executeWithoutResult((status) -> {
            cached.user().update(UserWhereUnique.id(ada.id()), UserUpdate.builder().name("Lovelace").build()).execute();
            assertThat(cached.user().findMany().cache().fetch()).extracting(User::name).containsExactly("Lovelace");
            status.setRollbackOnly();
        });
        assertThat(cached.user().findMany().cache().fetch()).containsExactly(ada);
        template.executeWithoutResult((status) -> cached.user().delete(UserWhereUnique.id(ada.id())).execute());
        assertThat(cached.user().findMany().cache().fetch()).isEmpty();
    }

}
