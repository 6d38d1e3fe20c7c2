package dev.goofer.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.client.NumberOperation;
import dev.goofer.execution.StatementEvent;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A loopback proxy between the pool and the server cuts every connection in the middle of
 * a workload and of nested writes: in-flight operations fail with a
 * {@link DataAccessException} that names the model and operation, nothing is left half
 * written (checked on a connection that bypasses the proxy), and the same client works
 * again once the proxy heals.
 */
abstract class ConnectionFaultTests {

    private static final Pattern HOST_AND_PORT = Pattern.compile("^(jdbc:[a-z]+://)([^/:?]+):(\\d+)(.*)$");

    private static final Pattern READ_TASK = Pattern.compile("\\bUser\\.find_many\\b");

    private static final int POOL_SIZE = 4;

    private static final int WORKERS = 4;

    private static final int ROUNDS = 3;

    private LoopbackProxy proxy;

    private HikariDataSource pool;

    private JdbcTemplate direct;

    private DatabaseKind kind;

    /** Counts statements down to a cut of every connection. */
    private final AtomicInteger cutAfter = new AtomicInteger(-1);

    private final AtomicInteger statements = new AtomicInteger();

    private GooferClient db;

    @BeforeAll
    static void createTables(TestDatabase database) {
        BlogFixture.createTables(database.dataSource(), database.kind());
    }

    @BeforeEach
    void connectThroughTheProxy(TestDatabase database) throws Exception {
        this.kind = database.kind();
        this.direct = database.jdbc();
        for (String table : List.of("_PostToTag", "Post", "Profile", "Tag", "User")) {
            this.direct.update("DELETE FROM " + BlogFixture.quote(this.kind, table));
        }
        Matcher url = HOST_AND_PORT.matcher(database.jdbcUrl());
        assertThat(url.matches()).as(database.jdbcUrl()).isTrue();
        this.proxy = new LoopbackProxy(url.group(2), Integer.parseInt(url.group(3)));
        String proxied = url.group(1) + "127.0.0.1:" + this.proxy.port() + url.group(4);
        this.pool = BlogFixture.pool(proxied, "faults-" + database.name(), POOL_SIZE, 500);
        this.db = BlogFixture.client(this.pool, this::statementExecuted);
    }

    @AfterEach
    void close() throws Exception {
        this.pool.close();
        this.proxy.close();
    }

    private void statementExecuted(StatementEvent event) {
        this.statements.incrementAndGet();
        if (this.cutAfter.get() > 0 && this.cutAfter.decrementAndGet() == 0) {
            this.proxy.cutOpenConnections();
        }
    }

    @Test
    void cutsMidWorkloadFailInFlightOperationsClearlyAndTheSameClientRecovers() throws Exception {
        User author = this.db.user().create(UserCreate.builder().email("author@x.org").build()).execute();
        int counter = this.db.post()
            .create(PostCreate.builder().title("counter").views(0).authorId(author.id()).build())
            .execute()
            .id();
        Workload workload = new Workload(this.db, author.id(), counter);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < WORKERS; t++) {
            Thread thread = new Thread(workload::run, "fault-worker-" + t);
            thread.start();
            threads.add(thread);
        }
        for (int round = 0; round < ROUNDS; round++) {
            long successes = workload.succeeded.get();
            awaitUntil(() -> workload.succeeded.get() >= successes + 40, "40 operations before cut " + round, workload);
            long failures = workload.failed.get();
            this.proxy.cut();
            awaitUntil(() -> workload.failed.get() >= failures + WORKERS, "failures after cut " + round, workload);
            this.proxy.heal();
        }
        long successes = workload.succeeded.get();
        awaitUntil(() -> workload.succeeded.get() >= successes + 40, "40 operations after the last heal", workload);
        workload.stop.set(true);
        for (Thread thread : threads) {
            thread.join(30_000);
            if (thread.isAlive()) {
                fail("Worker did not stop (deadlock?)\n" + BlogFixture.threadDump());
            }
        }
        assertThat(workload.unclear).as("failures that are not a DataAccessException naming model and operation")
            .isEmpty();
        // The same client, without a restart, after the last heal.
        int recovered = 0;
        for (int i = 0; i < 30; i++) {
            workload.operation(i % 4).get();
            recovered++;
        }
        assertThat(BlogFixture.awaitIdle(this.pool, POOL_SIZE, 100)).as(BlogFixture.poolState(this.pool)).isTrue();
        assertNothingHalfDone();
        Set<Integer> stored = new TreeSet<>(this.direct
            .queryForList("SELECT id FROM " + table("User") + " WHERE email LIKE 'nested-%'", Integer.class));
        assertThat(stored).as("committed nested creates").containsAll(workload.nestedUsers);
        long views = this.direct.queryForObject("SELECT views FROM " + table("Post") + " WHERE id = ?", Long.class,
                counter);
        long increments = workload.increments.get();
        assertThat(views).as("counter against confirmed increments (+ unconfirmed ones cut at commit)")
            .isBetween(increments, increments + workload.unconfirmedIncrements.get());
        System.out.printf(
                "RELIABILITY faults %s: cuts=%d refusedConnections=%d operations=%d succeeded=%d failedClearly=%d "
                        + "recoveredOperations=%d counterOff=%d unconfirmedIncrements=%d halfDone=0 lost=0%n",
                this.kind, this.proxy.cuts(), this.proxy.refused(), workload.succeeded.get() + workload.failed.get(),
                workload.succeeded.get(), workload.failed.get(), recovered, views - increments,
                workload.unconfirmedIncrements.get());
        workload.samples.forEach((kind, sample) -> System.out.printf("RELIABILITY faults %s sample: %s%n", this.kind,
                sample.replace('\n', ' ')));
    }

    @Test
    void nestedWritesCutAfterEachStatementLeaveNothingBehind() {
        User author = this.db.user().create(UserCreate.builder().email("author@x.org").build()).execute();
        int counter = this.db.post()
            .create(PostCreate.builder().title("counter").views(0).authorId(author.id()).build())
            .execute()
            .id();
        int nested = statementsOf(() -> nestedCreate("measure-nested"));
        int transaction = statementsOf(() -> transaction("measure-tx", author.id(), counter));
        long viewsBefore = views(counter);
        long rowsBefore = rows();
        int faults = 0;
        for (int cut = 1; cut <= nested; cut++) {
            String email = "cut-nested-" + cut;
            this.cutAfter.set(cut);
            expectClearFailure(() -> nestedCreate(email), "User.create");
            faults++;
            assertThat(rowsOf(email)).as("rows of %s cut after statement %d", email, cut).isZero();
            assertThat(nestedCreate("after-" + email).posts()).hasSize(2);
        }
        for (int cut = 1; cut <= transaction; cut++) {
            String email = "cut-tx-" + cut;
            this.cutAfter.set(cut);
            expectClearFailure(() -> transaction(email, author.id(), counter), "User.create", "Post.create",
                    "Post.update", "transaction");
            faults++;
            assertThat(rowsOf(email)).as("rows of %s cut after statement %d", email, cut).isZero();
            assertThat(views(counter)).as("counter after a cut transaction").isEqualTo(viewsBefore);
        }
        assertNothingHalfDone();
        assertThat(rows()).as("rows besides the ones written after each cut").isEqualTo(rowsBefore + 4L * nested);
        System.out.printf("RELIABILITY nested-write cuts %s: nestedCreateStatements=%d transactionStatements=%d "
                + "faultsInjected=%d halfDone=0%n", this.kind, nested, transaction, faults);
    }

    private int statementsOf(Runnable work) {
        int before = this.statements.get();
        work.run();
        return this.statements.get() - before;
    }

    private User nestedCreate(String email) {
        return this.db.user()
            .create(UserCreate.builder()
                .email(email)
                .profile((profile) -> profile.create(ProfileCreate.builder().bio("bio").build()))
                .posts((posts) -> posts.create(PostCreate.builder().title("n-" + email).build())
                    .create(PostCreate.builder().title("n-" + email + "-2").build()))
                .build())
            .include(UserFields.POSTS)
            .execute();
    }

    private Post transaction(String email, int author, int counter) {
        return this.db.transaction((tx) -> {
            tx.user().create(UserCreate.builder().email(email).build()).execute();
            tx.post().create(PostCreate.builder().title("n-" + email).authorId(author).build()).execute();
            return tx.post()
                .update(PostWhereUnique.id(counter), PostUpdate.builder().views(NumberOperation.increment(1)).build())
                .execute();
        });
    }

    private static void expectClearFailure(Runnable work, String... tasks) {
        try {
            work.run();
            fail("Expected the cut to fail the operation");
        }
        catch (DataAccessException ex) {
            assertThat(ex.getMessage()).as("message of %s", ex).containsAnyOf(tasks);
        }
    }

    private String table(String name) {
        return BlogFixture.quote(this.kind, name);
    }

    private long views(int post) {
        return this.direct.queryForObject("SELECT views FROM " + table("Post") + " WHERE id = ?", Long.class, post);
    }

    private long rows() {
        long rows = 0;
        for (String table : List.of("User", "Post", "Profile")) {
            rows += this.direct.queryForObject("SELECT COUNT(*) FROM " + table(table), Long.class);
        }
        return rows;
    }

    private long rowsOf(String email) {
        return this.direct.queryForObject("SELECT COUNT(*) FROM " + table("User") + " WHERE email = ?", Long.class,
                email)
                + this.direct.queryForObject("SELECT COUNT(*) FROM " + table("Post") + " WHERE title LIKE ?",
                        Long.class, "n-" + email + "%");
    }

    private void assertNothingHalfDone() {
        String authorId = BlogFixture.quote(this.kind, "authorId");
        String userId = BlogFixture.quote(this.kind, "userId");
        Long halfDone = this.direct.queryForObject("SELECT COUNT(*) FROM " + table("User")
                + " u WHERE (u.email LIKE 'nested-%' OR u.email LIKE 'after-%' OR u.email LIKE 'measure-nested') AND ("
                + "(SELECT COUNT(*) FROM " + table("Post") + " p WHERE p." + authorId + " = u.id) <> 2 OR "
                + "(SELECT COUNT(*) FROM " + table("Profile") + " f WHERE f." + userId + " = u.id) <> 1)", Long.class);
        assertThat(halfDone).as("half-done nested creates").isZero();
        Long orphans = this.direct.queryForObject("SELECT COUNT(*) FROM " + table("Post") + " p LEFT JOIN "
                + table("User") + " u ON u.id = p." + authorId + " WHERE u.id IS NULL", Long.class);
        assertThat(orphans).as("posts without an author").isZero();
    }

    private void awaitUntil(Supplier<Boolean> condition, String what, Workload workload) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(50);
        }
        workload.stop.set(true);
        fail("Gave up waiting for " + what + " after 30 s: succeeded=" + workload.succeeded + " failed="
                + workload.failed + " pool " + BlogFixture.poolState(this.pool) + "\n" + BlogFixture.threadDump());
    }

    /**
     * The operations the workers repeat, each with the model and operation a failure must
     * name.
     */
    static final class Workload {

        final AtomicBoolean stop = new AtomicBoolean();

        final AtomicLong succeeded = new AtomicLong();

        final AtomicLong failed = new AtomicLong();

        final AtomicLong increments = new AtomicLong();

        final AtomicLong unconfirmedIncrements = new AtomicLong();

        final Set<Integer> nestedUsers = ConcurrentHashMap.newKeySet();

        final List<String> unclear = new CopyOnWriteArrayList<>();

        /** The first failure of each kind of operation, for the report. */
        final java.util.Map<Integer, String> samples = new ConcurrentHashMap<>();

        private final AtomicInteger sequence = new AtomicInteger();

        private final GooferClient db;

        private final int author;

        private final int counter;

        Workload(GooferClient db, int author, int counter) {
            this.db = db;
            this.author = author;
            this.counter = counter;
        }

        void run() {
            int i = 0;
            while (!this.stop.get()) {
                int kind = i++ % 4;
                try {
                    operation(kind).get();
                    this.succeeded.incrementAndGet();
                }
                catch (DataAccessException ex) {
                    this.failed.incrementAndGet();
                    if (kind == 1 || kind == 3) {
                        this.unconfirmedIncrements.incrementAndGet();
                    }
                    String message = String.valueOf(ex.getMessage());
                    boolean named = switch (kind) {
                        case 0 -> message.contains("User.create");
                        case 1 -> message.contains("Post.update");
                        case 2 -> READ_TASK.matcher(message).find();
                        default -> message.contains("transaction") || message.contains("Post.update")
                                || message.contains("Post.create");
                    };
                    this.samples.putIfAbsent(kind, ex.getClass().getSimpleName() + ": "
                            + message.substring(0, Math.min(message.length(), 240)));
                    if (!named) {
                        this.unclear.add(ex.getClass().getName() + ": " + message);
                    }
                }
                catch (RuntimeException ex) {
                    this.failed.incrementAndGet();
                    this.unclear.add(ex.getClass().getName() + ": " + ex.getMessage());
                }
            }
        }

        Supplier<Object> operation(int kind) {
            return switch (kind) {
                case 0 -> () -> {
                    String email = "nested-" + this.sequence.incrementAndGet() + "@x.org";
                    User user = this.db.user()
                        .create(UserCreate.builder()
                            .email(email)
                            .profile((profile) -> profile.create(ProfileCreate.builder().bio("bio").build()))
                            .posts((posts) -> posts.create(PostCreate.builder().title("n-" + email).build())
                                .create(PostCreate.builder().title("n-" + email + "-2").build()))
                            .build())
                        .execute();
                    this.nestedUsers.add(user.id());
                    return user;
                };
                case 1 -> () -> {
                    Post post = this.db.post()
                        .update(PostWhereUnique.id(this.counter),
                                PostUpdate.builder().views(NumberOperation.increment(1)).build())
                        .execute();
                    this.increments.incrementAndGet();
                    return post;
                };
                case 2 -> () -> this.db.user()
                    .findMany()
                    .include(UserFields.POSTS.orderBy(PostFields.ID.asc()), UserFields.PROFILE)
                    .orderBy(UserFields.ID.desc())
                    .take(5)
                    .fetch();
                default -> () -> {
                    Post post = this.db.transaction((tx) -> {
                        tx.post()
                            .update(PostWhereUnique.id(this.counter),
                                    PostUpdate.builder().views(NumberOperation.increment(1)).build())
                            .execute();
                        return tx.post()
                            .create(PostCreate.builder()
                                .title("tx-" + this.sequence.incrementAndGet())
                                .authorId(this.author)
                                .build())
                            .execute();
                    });
                    this.increments.incrementAndGet();
                    return post;
                };
            };
        }

    }

}
