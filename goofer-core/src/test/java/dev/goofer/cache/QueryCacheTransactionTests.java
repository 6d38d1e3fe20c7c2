package dev.goofer.cache;

import java.util.List;

import dev.goofer.execution.QueryOptions;
import dev.goofer.execution.TransactionOptions;
import dev.goofer.fixture.blog.GooferSchema;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.goofer.cache.BlogOperations.CACHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads inside transactions bypass the cache; writes inside them invalidate on commit.
 */
class QueryCacheTransactionTests {

    private final FakeDatabase database = new FakeDatabase();

    private final CachingQueryExecutor cache = CachingQueryExecutor.builder(this.database, GooferSchema.SCHEMA)
        .executor(Runnable::run)
        .build();

    private final TransactionTemplate spring = new TransactionTemplate(new InMemoryTransactionManager());

    @Test
    void readsInsideASpringTransactionNeitherUseNorFillTheCache() {
        this.cache.execute(BlogOperations.users(), CACHED);
        Object inside = this.spring.execute((status) -> this.cache.execute(BlogOperations.users(), CACHED));
        assertThat(inside).isEqualTo(List.of(2));
        this.spring.execute((status) -> this.cache.execute(BlogOperations.tags(), CACHED));
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(1));
        assertThat(this.cache.execute(BlogOperations.tags(), CACHED)).isEqualTo(List.of(4));
    }

    @Test
    void writesInsideASpringTransactionInvalidateWhenItCommits() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.spring.executeWithoutResult((status) -> {
            this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
            assertThat(this.cache.stats().invalidations()).isZero();
        });
        assertThat(this.cache.stats().invalidations()).isEqualTo(1);
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(2));
    }

    @Test
    void afterCommitCallbacksOfOtherSynchronizationsAlreadySeeTheInvalidation() {
        this.cache.execute(BlogOperations.users(), CACHED);
        List<Object> seenAfterCommit = new java.util.ArrayList<>();
        this.spring.executeWithoutResult((status) -> {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    Thread reader = new Thread(() -> seenAfterCommit
                        .add(QueryCacheTransactionTests.this.cache.execute(BlogOperations.users(), CACHED)));
                    reader.start();
                    try {
                        reader.join();
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
        });
        assertThat(seenAfterCommit).containsExactly(List.of(2));
    }

    @Test
    void rollbackOfASpringTransactionLeavesTheCacheAsItWas() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.spring.executeWithoutResult((status) -> {
            this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> this.spring.executeWithoutResult((status) -> {
            this.cache.execute(BlogOperations.deleteUser(1), QueryOptions.DEFAULT);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(this.cache.stats().invalidations()).isZero();
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(1));
    }

    @Test
    void joinedTransactionsInvalidateOnceWhenTheOuterOneCommits() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.cache.execute(BlogOperations.tags(), CACHED);
        this.spring.executeWithoutResult((outer) -> {
            this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
            this.spring.executeWithoutResult(
                    (inner) -> this.cache.execute(BlogOperations.createTag("x"), QueryOptions.DEFAULT));
            assertThat(this.cache.stats().invalidations()).isZero();
        });
        assertThat(this.cache.stats().invalidations()).isEqualTo(1);
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(3));
        assertThat(this.cache.execute(BlogOperations.tags(), CACHED)).isEqualTo(List.of(4));
    }

    @Test
    void transactionsOfAnExecutorWithoutSpringBypassReadsAndInvalidateWhenTheyEnd() {
        this.cache.execute(BlogOperations.users(), CACHED);
        this.cache.transaction(TransactionOptions.DEFAULT, () -> {
            assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(2));
            this.cache.execute(BlogOperations.renameUser(1, "Ada"), QueryOptions.DEFAULT);
            this.cache.transaction(TransactionOptions.DEFAULT,
                    () -> this.cache.execute(BlogOperations.createTag("x"), QueryOptions.DEFAULT));
            assertThat(this.cache.stats().invalidations()).isZero();
            return null;
        });
        assertThat(this.database.transactions).isEqualTo(2);
        assertThat(this.cache.stats().invalidations()).isEqualTo(1);
        assertThat(this.cache.execute(BlogOperations.users(), CACHED)).isEqualTo(List.of(3));
    }

    @Test
    void explicitInvalidationInsideATransactionWaitsForTheCommit() {
        this.cache.execute(BlogOperations.tags(), CACHED);
        this.spring.executeWithoutResult((status) -> {
            this.cache.invalidate("Tag");
            status.setRollbackOnly();
        });
        assertThat(this.cache.execute(BlogOperations.tags(), CACHED)).isEqualTo(List.of(1));
        this.spring.executeWithoutResult((status) -> this.cache.invalidate("Tag"));
        assertThat(this.cache.execute(BlogOperations.tags(), CACHED)).isEqualTo(List.of(2));
    }

}
