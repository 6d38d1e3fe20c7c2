package dev.goofer.cache;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * A Spring transaction manager without a resource: real transaction synchronization
 * (commit and rollback callbacks, joining an outer transaction) with nothing underneath.
 */
final class InMemoryTransactionManager extends AbstractPlatformTransactionManager {

    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<Boolean> active = new ThreadLocal<>();

    @Override
    protected Object doGetTransaction() {
        return new Transaction(this.active.get() != null);
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        return ((Transaction) transaction).existing;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        this.active.set(Boolean.TRUE);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
    }

    @Override
    protected void doSetRollbackOnly(DefaultTransactionStatus status) {
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        this.active.remove();
    }

    private record Transaction(boolean existing) {

    }

}
