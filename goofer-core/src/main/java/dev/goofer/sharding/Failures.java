package dev.goofer.sharding;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns the failures of one shard that mean "this database cannot be reached" into a
 * {@link ShardUnavailableException} naming the shard. Other failures (constraint
 * violations, missing records, bad SQL) pass unchanged, so application code catches them
 * as it would without sharding.
 */
final class Failures {

    private Failures() {
    }

    static RuntimeException wrap(String shard, String operation, RuntimeException failure) {
        if (failure instanceof ShardUnavailableException || !unavailable(failure)) {
            return failure;
        }
        return new ShardUnavailableException(shard, operation, failure);
    }

    static boolean unavailable(Throwable failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException
                || failure instanceof RecoverableDataAccessException
                || failure instanceof CannotCreateTransactionException) {
            return true;
        }
        if (failure instanceof UncategorizedSQLException uncategorized) {
            SQLException ex = uncategorized.getSQLException();
            return ex != null && ex.getSQLState() != null && ex.getSQLState().startsWith("08");
        }
        return false;
    }

}
