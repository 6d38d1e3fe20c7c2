package dev.goofer.benchmarks.workload;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.goofer.benchmarks.workload.Rows.GroupStats;
import dev.goofer.benchmarks.workload.Rows.PostRow;
import dev.goofer.benchmarks.workload.Rows.UserRow;
import dev.goofer.benchmarks.workload.Rows.UserWithPosts;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/**
 * jOOQ's DSL over tables and fields named in code (no code generation), records mapped to
 * the same values as JDBC's, batches through {@code DSLContext.batch}, the include as a
 * second query grouped in memory. jOOQ has no cache of query results: its cached read
 * runs uncached.
 */
final class JooqContender implements Contender {

    private static final Table<Record> USER = DSL.table(DSL.name("bench_user"));

    private static final Field<Integer> USER_ID = DSL.field(DSL.name("bench_user", "id"), SQLDataType.INTEGER);

    private static final Field<String> EMAIL = DSL.field(DSL.name("bench_user", "email"), SQLDataType.VARCHAR);

    private static final Field<String> NAME = DSL.field(DSL.name("bench_user", "name"), SQLDataType.VARCHAR);

    private static final Field<Integer> AGE = DSL.field(DSL.name("bench_user", "age"), SQLDataType.INTEGER);

    private static final Field<Boolean> ACTIVE = DSL.field(DSL.name("bench_user", "active"), SQLDataType.BOOLEAN);

    private static final Field<Double> SCORE = DSL.field(DSL.name("bench_user", "score"), SQLDataType.DOUBLE);

    private static final Table<Record> POST = DSL.table(DSL.name("bench_post"));

    private static final Field<Integer> POST_ID = DSL.field(DSL.name("bench_post", "id"), SQLDataType.INTEGER);

    private static final Field<String> TITLE = DSL.field(DSL.name("bench_post", "title"), SQLDataType.VARCHAR);

    private static final Field<String> CONTENT = DSL.field(DSL.name("bench_post", "content"), SQLDataType.VARCHAR);

    private static final Field<Boolean> PUBLISHED = DSL.field(DSL.name("bench_post", "published"), SQLDataType.BOOLEAN);

    private static final Field<Integer> VIEWS = DSL.field(DSL.name("bench_post", "views"), SQLDataType.INTEGER);

    private static final Field<Double> RATING = DSL.field(DSL.name("bench_post", "rating"), SQLDataType.DOUBLE);

    private static final Field<Integer> AUTHOR_ID = DSL.field(DSL.name("bench_post", "author_id"), SQLDataType.INTEGER);

    private final DSLContext dsl;

    JooqContender(DataSource dataSource, Database database) {
        SQLDialect dialect = (database == Database.POSTGRESQL) ? SQLDialect.POSTGRES : SQLDialect.SQLITE;
        this.dsl = DSL.using(dataSource, dialect, new Settings().withExecuteLogging(false));
    }

    @Override
    public @Nullable Object findUnique(int id) {
        return this.dsl.select(USER_ID, EMAIL, NAME, AGE, ACTIVE, SCORE)
            .from(USER)
            .where(USER_ID.eq(id))
            .fetchOne(JooqContender::user);
    }

    @Override
    public List<?> findMany(int minViews) {
        return this.dsl.select(POST_ID, TITLE, CONTENT, PUBLISHED, VIEWS, RATING, AUTHOR_ID)
            .from(POST)
            .where(PUBLISHED.eq(true).and(VIEWS.ge(minViews)))
            .orderBy(VIEWS.desc(), POST_ID.asc())
            .limit(100)
            .fetch(JooqContender::post);
    }

    @Override
    public List<?> findManyWithPosts(int firstId) {
        List<UserRow> users = this.dsl.select(USER_ID, EMAIL, NAME, AGE, ACTIVE, SCORE)
            .from(USER)
            .where(ACTIVE.eq(true).and(USER_ID.ge(firstId)))
            .orderBy(USER_ID.asc())
            .limit(100)
            .fetch(JooqContender::user);
        Map<Integer, List<PostRow>> posts = this.dsl
            .select(POST_ID, TITLE, CONTENT, PUBLISHED, VIEWS, RATING, AUTHOR_ID)
            .from(POST)
            .where(AUTHOR_ID.in(users.stream().map(UserRow::id).toList()))
            .orderBy(POST_ID.asc())
            .fetchGroups(AUTHOR_ID, JooqContender::post);
        return users.stream().map((user) -> new UserWithPosts(user, posts.getOrDefault(user.id(), List.of()))).toList();
    }

    @Override
    public int nestedCreate(String email) {
        return this.dsl.transactionResult((configuration) -> {
            DSLContext tx = configuration.dsl();
            Integer id = tx.insertInto(USER, EMAIL, NAME, AGE, ACTIVE, SCORE)
                .values(email, "New user", 30, true, 1.5)
                .returningResult(USER_ID)
                .fetchSingle()
                .value1();
            batchInsert(tx, 10, id).execute();
            return id;
        });
    }

    @Override
    public long createMany(int authorId, int count) {
        return this.dsl.transactionResult((configuration) -> {
            long created = 0;
            for (int updated : batchInsert(configuration.dsl(), count, authorId).execute()) {
                created += (updated < 0) ? 1 : updated;
            }
            return created;
        });
    }

    private static BatchBindStep batchInsert(DSLContext tx, int count, int authorId) {
        BatchBindStep batch = tx.batch(tx.insertInto(POST, TITLE, CONTENT, PUBLISHED, VIEWS, RATING, AUTHOR_ID)
            .values((String) null, null, null, null, null, null));
        for (int i = 0; i < count; i++) {
            batch.bind("New post " + i, (i % 2 == 0) ? "Some content" : null, i % 3 != 0, i % 1000, 2.5, authorId);
        }
        return batch;
    }

    @Override
    public long updateMany(int firstAuthorId, int views) {
        return this.dsl.update(POST)
            .set(VIEWS, views)
            .where(AUTHOR_ID.between(firstAuthorId, firstAuthorId + 9))
            .execute();
    }

    @Override
    public List<?> groupBy(int minViews) {
        Result<?> result = this.dsl.select(PUBLISHED, DSL.count(), DSL.sum(VIEWS), DSL.avg(RATING), DSL.max(VIEWS))
            .from(POST)
            .where(VIEWS.ge(minViews))
            .groupBy(PUBLISHED)
            .orderBy(PUBLISHED.asc())
            .fetch();
        return result.map((r) -> new GroupStats(r.get(0, Boolean.class), r.get(1, Long.class), r.get(2, Long.class),
                r.get(3, Double.class), r.get(4, Integer.class)));
    }

    @Override
    public List<?> cachedFindMany(int minViews) {
        return findMany(minViews);
    }

    @Override
    public boolean caches() {
        return false;
    }

    @Override
    public void close() {
    }

    private static UserRow user(Record r) {
        return new UserRow(r.get(USER_ID), r.get(EMAIL), r.get(NAME), r.get(AGE), r.get(ACTIVE), r.get(SCORE));
    }

    private static PostRow post(Record r) {
        return new PostRow(r.get(POST_ID), r.get(TITLE), r.get(CONTENT), r.get(PUBLISHED), r.get(VIEWS), r.get(RATING),
                r.get(AUTHOR_ID));
    }

}
