package dev.goofer.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.client.NumberOperation;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Many threads run a fixed number of mixed reads and writes through one client: atomic
 * increments add up exactly, nested writes are all or nothing, nothing committed is lost,
 * no thread hangs and every connection goes back to the pool.
 */
abstract class ConcurrencyTests {

    private static final int COUNTERS = 4;

    private static final int BASE_USERS = 4;

    private static final long SEED = 20261125L;

    /** The number of worker threads. */
    int threads() {
        return 8;
    }

    /** The number of operations each worker runs. */
    int operationsPerThread() {
        return 150;
    }

    /** The JDBC URL the pool connects to. */
    String jdbcUrl(TestDatabase database) {
        return database.jdbcUrl();
    }

    @Test
    void mixedReadsAndWritesFromManyThreadsKeepEveryInvariant(TestDatabase database) throws Exception {
        DatabaseKind kind = database.kind();
        BlogFixture.createTables(database.dataSource(), kind);
        try (HikariDataSource pool = BlogFixture.pool(jdbcUrl(database), "concurrency-" + database.name(),
                threads() / 2, 30_000)) {
            GooferClient db = BlogFixture.client(pool, null);
            List<Integer> counters = new ArrayList<>();
            List<Integer> authors = new ArrayList<>();
            for (int i = 0; i < BASE_USERS; i++) {
                User author = db.user().create(UserCreate.builder().email("base-" + i + "@x.org").build()).execute();
                authors.add(author.id());
            }
            for (int i = 0; i < COUNTERS; i++) {
                counters.add(db.post()
                    .create(PostCreate.builder().title("counter-" + i).views(0).authorId(authors.get(0)).build())
                    .execute()
                    .id());
            }
            assertThat(BlogFixture.awaitIdle(pool, threads() / 2, 100)).as(BlogFixture.poolState(pool)).isTrue();
            Tally tally = new Tally();
            ExecutorService workers = Executors.newFixedThreadPool(threads());
            List<Future<Worker>> futures = new ArrayList<>();
            for (int t = 0; t < threads(); t++) {
                Worker worker = new Worker(db, t, new Random(SEED + t), counters, authors, tally);
                futures.add(workers.submit(() -> worker.run(operationsPerThread())));
            }
            workers.shutdown();
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                String dump = BlogFixture.threadDump();
                workers.shutdownNow();
                fail("Workers did not finish within 60 s (deadlock?); pool " + BlogFixture.poolState(pool) + "\n"
                        + dump);
            }
            Set<Integer> freePosts = new TreeSet<>();
            Set<Integer> nestedUsers = new TreeSet<>();
            for (Future<Worker> future : futures) {
                Worker worker = future.get();
                freePosts.addAll(worker.freePosts);
                nestedUsers.addAll(worker.nestedUsers);
            }
            assertThat(tally.unexpected).as("unexpected failures").isEmpty();
            assertThat(BlogFixture.awaitIdle(pool, threads() / 2, 100))
                .as("pool back to its start: %s", BlogFixture.poolState(pool))
                .isTrue();
            JdbcTemplate jdbc = database.jdbc();
            String post = BlogFixture.quote(kind, "Post");
            String user = BlogFixture.quote(kind, "User");
            String profile = BlogFixture.quote(kind, "Profile");
            long counted = 0;
            for (int i = 0; i < COUNTERS; i++) {
                Long views = jdbc.queryForObject("SELECT views FROM " + post + " WHERE id = ?", Long.class,
                        counters.get(i));
                assertThat(views).as("counter %d", i).isEqualTo(tally.increments.get(i));
                counted += tally.increments.get(i);
            }
            assertThat(count(jdbc,
                    "SELECT COUNT(*) FROM " + post + " p LEFT JOIN " + user + " u ON u.id = p."
                            + BlogFixture.quote(kind, "authorId") + " WHERE u.id IS NULL"))
                .as("posts without an author")
                .isZero();
            assertThat(count(jdbc,
                    "SELECT COUNT(*) FROM " + user + " u WHERE u.email LIKE 'nested-%' AND (" + "(SELECT COUNT(*) FROM "
                            + post + " p WHERE p." + BlogFixture.quote(kind, "authorId")
                            + " = u.id) <> 2 OR (SELECT COUNT(*) FROM " + profile + " f WHERE f."
                            + BlogFixture.quote(kind, "userId") + " = u.id) <> 1)"))
                .as("half-done nested creates")
                .isZero();
            assertThat(ids(jdbc, "SELECT id FROM " + user + " WHERE email LIKE 'nested-%'")).as("nested users")
                .isEqualTo(nestedUsers);
            assertThat(ids(jdbc, "SELECT id FROM " + post + " WHERE title LIKE 'w-%'")).as("free posts")
                .isEqualTo(freePosts);
            System.out.printf(
                    "RELIABILITY concurrency %s: threads=%d operations=%d succeeded=%d %s increments=%d "
                            + "lockConflictsRolledBack=%d connectOrCreateRacesRolledBack=%d lost=0%n",
                    kind, threads(), threads() * operationsPerThread(), tally.operations(), tally.breakdown, counted,
                    tally.conflicts.sum(), tally.races.sum());
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return (count != null) ? count : -1;
    }

    private static Set<Integer> ids(JdbcTemplate jdbc, String sql) {
        return new TreeSet<>(jdbc.queryForList(sql, Integer.class));
    }

    /** What the workers did, shared. */
    static final class Tally {

        final AtomicLongArray increments = new AtomicLongArray(COUNTERS);

        final Map<String, LongAdder> breakdown = new ConcurrentHashMap<>();

        final LongAdder conflicts = new LongAdder();

        final LongAdder races = new LongAdder();

        final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

        void done(String kind) {
            this.breakdown.computeIfAbsent(kind, (k) -> new LongAdder()).increment();
        }

        long operations() {
            return this.breakdown.values().stream().mapToLong(LongAdder::sum).sum();
        }

    }

    /** Thrown inside a transaction to roll it back on purpose. */
    static final class Rollback extends RuntimeException {

        Rollback() {
            super("rolled back on purpose", null, false, false);
        }

    }

    /** One thread's operations and the rows it knows it committed. */
    static final class Worker {

        private final GooferClient db;

        private final int thread;

        private final Random random;

        private final List<Integer> counters;

        private final List<Integer> authors;

        private final Tally tally;

        final List<Integer> freePosts = new ArrayList<>();

        final List<Integer> nestedUsers = new ArrayList<>();

        private int sequence;

        Worker(GooferClient db, int thread, Random random, List<Integer> counters, List<Integer> authors, Tally tally) {
            this.db = db;
            this.thread = thread;
            this.random = random;
            this.counters = counters;
            this.authors = authors;
            this.tally = tally;
        }

        Worker run(int operations) {
            for (int i = 0; i < operations; i++) {
                int dice = this.random.nextInt(100);
                try {
                    if (dice < 25) {
                        read();
                    }
                    else if (dice < 37) {
                        nestedCreate();
                    }
                    else if (dice < 50) {
                        createPost();
                    }
                    else if (dice < 58) {
                        updatePost();
                    }
                    else if (dice < 66) {
                        delete();
                    }
                    else if (dice < 88) {
                        increment();
                    }
                    else {
                        transaction();
                    }
                }
                catch (ConcurrencyFailureException ex) {
                    // A deadlock victim or lock timeout: the database rolled the write
                    // back
                    // and the caller may retry; nothing was counted.
                    this.tally.conflicts.increment();
                }
                catch (UniqueConstraintViolationException ex) {
                    // Two connectOrCreate of the same new tag at once: as in Prisma, both
                    // see
                    // no tag and one insert loses; its whole nested create rolls back.
                    if ("Tag".equals(ex.getModel())) {
                        this.tally.races.increment();
                    }
                    else {
                        this.tally.unexpected.add(ex);
                    }
                }
                catch (RuntimeException ex) {
                    this.tally.unexpected.add(ex);
                }
            }
            return this;
        }

        private String name(String prefix) {
            return prefix + this.thread + "-" + (this.sequence++);
        }

        private void read() {
            List<User> users = this.db.user()
                .findMany()
                .where(UserFields.EMAIL.startsWith((this.random.nextBoolean()) ? "base-" : "nested-"))
                .include(UserFields.POSTS.orderBy(PostFields.ID.asc()).include(PostFields.TAGS), UserFields.PROFILE)
                .orderBy(UserFields.ID.desc())
                .take(10)
                .fetch();
            assertThat(users).allSatisfy((user) -> assertThat(user.posts())
                .allSatisfy((post) -> assertThat(post.authorId()).isEqualTo(user.id())));
            this.tally.done("reads");
        }

        private void nestedCreate() {
            String email = name("nested-") + "@x.org";
            String tag = "tag-" + this.random.nextInt(4);
            User user = this.db.user()
                .create(UserCreate.builder()
                    .email(email)
                    .profile((profile) -> profile.create(ProfileCreate.builder().bio("bio").build()))
                    .posts((posts) -> posts
                        .create(PostCreate.builder()
                            .title("n-" + email)
                            .tags((tags) -> tags.connectOrCreate(TagWhereUnique.name(tag),
                                    TagCreate.builder().name(tag).build()))
                            .build())
                        .create(PostCreate.builder().title("n-" + email + "-2").build()))
                    .build())
                .execute();
            this.nestedUsers.add(user.id());
            this.tally.done("nestedCreates");
        }

        private void createPost() {
            Post post = this.db.post()
                .create(PostCreate.builder()
                    .title(name("w-"))
                    .author((author) -> author
                        .connect(UserWhereUnique.id(this.authors.get(this.random.nextInt(this.authors.size())))))
                    .build())
                .execute();
            this.freePosts.add(post.id());
            this.tally.done("creates");
        }

        private void updatePost() {
            if (this.freePosts.isEmpty()) {
                createPost();
                return;
            }
            int id = this.freePosts.get(this.random.nextInt(this.freePosts.size()));
            this.db.post()
                .update(PostWhereUnique.id(id),
                        PostUpdate.builder().title(name("w-u-")).published(this.random.nextBoolean()).build())
                .execute();
            this.tally.done("updates");
        }

        private void delete() {
            if (this.random.nextBoolean() && !this.nestedUsers.isEmpty()) {
                Integer id = this.nestedUsers.get(this.random.nextInt(this.nestedUsers.size()));
                this.db.transaction((tx) -> {
                    tx.post().deleteMany().where(PostFields.AUTHOR_ID.eq(id)).execute();
                    return tx.user().delete(UserWhereUnique.id(id)).execute();
                });
                this.nestedUsers.remove(id);
                this.tally.done("deletes");
            }
            else if (!this.freePosts.isEmpty()) {
                Integer id = this.freePosts.get(this.random.nextInt(this.freePosts.size()));
                this.db.post().delete(PostWhereUnique.id(id)).execute();
                this.freePosts.remove(id);
                this.tally.done("deletes");
            }
            else {
                read();
            }
        }

        private void increment() {
            int counter = this.random.nextInt(COUNTERS);
            this.db.post()
                .update(PostWhereUnique.id(this.counters.get(counter)),
                        PostUpdate.builder().views(NumberOperation.increment(1)).build())
                .execute();
            this.tally.increments.incrementAndGet(counter);
            this.tally.done("increments");
        }

        private void transaction() {
            int counter = this.random.nextInt(COUNTERS);
            boolean rollback = this.random.nextInt(4) == 0;
            String title = name("w-tx-");
            try {
                Post post = this.db.transaction((tx) -> {
                    tx.post()
                        .update(PostWhereUnique.id(this.counters.get(counter)),
                                PostUpdate.builder().views(NumberOperation.increment(1)).build())
                        .execute();
                    Post created = tx.post()
                        .create(PostCreate.builder().title(title).authorId(this.authors.get(0)).build())
                        .execute();
                    if (rollback) {
                        throw new Rollback();
                    }
                    return created;
                });
                this.tally.increments.incrementAndGet(counter);
                this.freePosts.add(post.id());
                this.tally.done("transactions");
            }
            catch (Rollback ex) {
                this.tally.done("rolledBackTransactions");
            }
        }

    }

}
