package dev.goofer.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.goofer.benchmarks.workload.db.GooferClient;
import dev.goofer.benchmarks.workload.db.GooferSchema;
import dev.goofer.benchmarks.workload.db.Post;
import dev.goofer.benchmarks.workload.db.PostCreate;
import dev.goofer.benchmarks.workload.db.PostFields;
import dev.goofer.benchmarks.workload.db.PostUpdate;
import dev.goofer.benchmarks.workload.db.User;
import dev.goofer.benchmarks.workload.db.UserCreate;
import dev.goofer.benchmarks.workload.db.UserFields;
import dev.goofer.benchmarks.workload.db.UserWhereUnique;
import dev.goofer.cache.CachingQueryExecutor;
import dev.goofer.client.GroupRow;
import dev.goofer.execution.JdbcQueryExecutor;
import org.jspecify.annotations.Nullable;

/**
 * Goofer: the client generated from {@code schema.prisma} by the Maven plugin, over a
 * {@link JdbcQueryExecutor}; the cached read goes through a {@link CachingQueryExecutor}
 * with {@code .cache()} on the query. The system property {@value #STATEMENT_CACHE_SIZE}
 * overrides the executor's statement cache size.
 */
final class GooferContender implements Contender {

    /**
     * The system property that overrides the executor's statement cache size (0 turns off
     * the statement reuse SQLite gets by default).
     */
    static final String STATEMENT_CACHE_SIZE = "goofer.bench.statement-cache-size";

    private final GooferClient db;

    private final GooferClient cached;

    GooferContender(DataSource dataSource) {
        JdbcQueryExecutor.Builder builder = JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA);
        Integer statementCacheSize = Integer.getInteger(STATEMENT_CACHE_SIZE);
        if (statementCacheSize != null) {
            builder.statementCacheSize(statementCacheSize);
        }
        JdbcQueryExecutor executor = builder.build();
        this.db = new GooferClient(executor);
        this.cached = new GooferClient(CachingQueryExecutor.builder(executor, GooferSchema.SCHEMA).build());
    }

    @Override
    public @Nullable Object findUnique(int id) {
        return this.db.user().findUnique(UserWhereUnique.id(id)).fetch().orElse(null);
    }

    @Override
    public List<?> findMany(int minViews) {
        return findMany(this.db, minViews, false);
    }

    @Override
    public List<?> findManyWithPosts(int firstId) {
        return this.db.user()
            .findMany()
            .where(UserFields.ACTIVE.eq(true).and(UserFields.ID.gte(firstId)))
            .include(UserFields.POSTS.orderBy(PostFields.ID.asc()))
            .orderBy(UserFields.ID.asc())
            .take(100)
            .fetch();
    }

    @Override
    public int nestedCreate(String email) {
        List<PostCreate> posts = new ArrayList<>(10);
        for (int i = 0; i < 10; i++) {
            posts.add(post(i).build());
        }
        User user = this.db.user()
            .create(UserCreate.builder()
                .email(email)
                .name("New user")
                .age(30)
                .active(true)
                .score(1.5)
                .posts((writes) -> writes.createMany(posts, false))
                .build())
            .execute();
        return user.id();
    }

    @Override
    public long createMany(int authorId, int count) {
        List<PostCreate> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(post(i).authorId(authorId).build());
        }
        return this.db.post().createMany(posts).execute();
    }

    @Override
    public long updateMany(int firstAuthorId, int views) {
        return this.db.post()
            .updateMany(PostUpdate.builder().views(views).build())
            .where(PostFields.AUTHOR_ID.gte(firstAuthorId).and(PostFields.AUTHOR_ID.lte(firstAuthorId + 9)))
            .execute();
    }

    @Override
    public List<?> groupBy(int minViews) {
        List<GroupRow<Post>> groups = this.db.post()
            .groupBy(PostFields.PUBLISHED)
            .where(PostFields.VIEWS.gte(minViews))
            .count()
            .sum(PostFields.VIEWS)
            .avg(PostFields.RATING)
            .max(PostFields.VIEWS)
            .orderBy(PostFields.PUBLISHED.asc())
            .fetch();
        return groups;
    }

    @Override
    public List<?> cachedFindMany(int minViews) {
        return findMany(this.cached, minViews, true);
    }

    @Override
    public boolean caches() {
        return true;
    }

    @Override
    public void close() {
    }

    private static List<Post> findMany(GooferClient client, int minViews, boolean cache) {
        var query = client.post()
            .findMany()
            .where(PostFields.PUBLISHED.eq(true).and(PostFields.VIEWS.gte(minViews)))
            .orderBy(PostFields.VIEWS.desc(), PostFields.ID.asc())
            .take(100);
        return cache ? query.cache().fetch() : query.fetch();
    }

    private static PostCreate.Builder post(int i) {
        return PostCreate.builder()
            .title("New post " + i)
            .content((i % 2 == 0) ? "Some content" : null)
            .published(i % 3 != 0)
            .views(i % 1000)
            .rating(2.5);
    }

}
