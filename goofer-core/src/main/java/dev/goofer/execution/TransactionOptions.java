package dev.goofer.execution;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Options of a transaction.
 *
 * @param isolation the isolation level
 * @param timeout the timeout, or {@code null} for none
 * @param readOnly whether the transaction only reads
 */
public record TransactionOptions(Isolation isolation, @Nullable Duration timeout, boolean readOnly) {

    /** The database's default isolation, no timeout, read-write. */
    public static final TransactionOptions DEFAULT = new TransactionOptions(Isolation.DEFAULT, null, false);

    public TransactionOptions {
        Objects.requireNonNull(isolation, "isolation");
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("Transaction timeout must be positive, was " + timeout);
        }
    }

    /**
     * Return options with the given isolation level.
     * @param isolation the isolation level
     * @return the options
     */
    public static TransactionOptions isolation(Isolation isolation) {
        return new TransactionOptions(isolation, null, false);
    }

    /**
     * Return a copy with the given timeout.
     * @param timeout the timeout
     * @return the copy
     */
    public TransactionOptions withTimeout(Duration timeout) {
        return new TransactionOptions(this.isolation, timeout, this.readOnly);
    }

    /**
     * Return a copy that is read-only.
     * @return the copy
     */
    public TransactionOptions asReadOnly() {
        return new TransactionOptions(this.isolation, this.timeout, true);
    }

    /** Isolation levels, as Prisma names them. */
    public enum Isolation {

        DEFAULT, READ_UNCOMMITTED, READ_COMMITTED, REPEATABLE_READ, SERIALIZABLE

    }

}
