package dev.goofer.cache;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Knows whether the calling thread is inside a transaction, and holds the invalidations
 * of writes made inside one until it completes: a Spring transaction (joined by
 * {@code @Transactional}, a {@code TransactionTemplate} or the executor's own
 * transactions) invalidates once it committed and not at all after a rollback; a
 * transaction of the decorated executor that Spring does not manage invalidates when it
 * ends, however it ended.
 */
final class TransactionInvalidations {

    private final Consumer<Footprint> invalidate;

    private final ThreadLocal<Scope> scopes = new ThreadLocal<>();

    TransactionInvalidations(Consumer<Footprint> invalidate) {
        this.invalidate = invalidate;
    }

    boolean inTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive() || this.scopes.get() != null;
    }

    /**
     * Defer the invalidation of a write until its transaction completes; return
     * {@code false} when there is no transaction, so it must happen once the write
     * returned.
     */
    boolean defer(Footprint footprint) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingOfThisTransaction().add(footprint);
            return true;
        }
        Scope scope = this.scopes.get();
        if (scope != null) {
            scope.add(footprint);
            return true;
        }
        return false;
    }

    /** Run the work of one executor transaction, inside this thread's scope. */
    <T> T inScope(Supplier<T> work) {
        if (this.scopes.get() != null) {
            return work.get();
        }
        Scope scope = new Scope();
        this.scopes.set(scope);
        try {
            return work.get();
        }
        finally {
            this.scopes.remove();
            if (!scope.footprint.isEmpty()) {
                this.invalidate.accept(scope.footprint);
            }
        }
    }

    private Pending pendingOfThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Pending pending && pending.owner() == this) {
                return pending;
            }
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The writes of one executor transaction that Spring does not manage. */
    private static final class Scope {

        private Footprint footprint = new Footprint(new int[0], false);

        void add(Footprint written) {
            this.footprint = this.footprint.union(written);
        }

    }

    /**
     * The writes of one Spring transaction, invalidated right after the commit (before
     * other synchronizations learn of the commit, such as after-commit event listeners
     * that may hand work to other threads), or after a completion whose outcome is
     * unknown, but not after a rollback.
     */
    private final class Pending implements TransactionSynchronization {

        private Footprint footprint = new Footprint(new int[0], false);

        private boolean invalidated;

        TransactionInvalidations owner() {
            return TransactionInvalidations.this;
        }

        void add(Footprint written) {
            this.footprint = this.footprint.union(written);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            invalidate();
        }

        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_ROLLED_BACK) {
                invalidate();
            }
        }

        private void invalidate() {
            if (!this.invalidated && !this.footprint.isEmpty()) {
                this.invalidated = true;
                TransactionInvalidations.this.invalidate.accept(this.footprint);
            }
        }

    }

}
