package dev.goofer.itest;

import java.time.Duration;
import java.util.List;

import dev.goofer.execution.TransactionOptions;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.itest.db.PostFields;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserFields;
import dev.goofer.itest.db.UserUpdate;
import dev.goofer.itest.db.UserWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transactions: the callback form with options, the batch form, rollback on any
 * exception, and joining a surrounding Spring transaction.
 */
abstract class TransactionTests extends ItestDatabase {

    @Test
    void callbackCommitsAllOrNothing() {
        User created = db.transaction((tx) -> {
            tx.user().create(UserCreate.builder().email("a@x.org").build()).execute();
            User b = tx.user().create(UserCreate.builder().email("b@x.org").build()).execute();
            post(b, "in tx", 1, true, "t");
            return b;
        });
        assertThat(created.email()).isEqualTo("b@x.org");
        assertThat(rows("users")).isEqualTo(2);
        assertThatThrownBy(() -> db.transaction((tx) -> {
            tx.user().create(UserCreate.builder().email("c@x.org").build()).execute();
            tx.user().update(UserWhereUnique.email("a@x.org"), UserUpdate.builder().name("changed").build()).execute();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThatThrownBy(() -> db.transaction((tx) -> {
            tx.user().deleteMany().where(UserFields.EMAIL.eq("b@x.org")).execute();
            return tx.user().create(UserCreate.builder().email("a@x.org").build()).execute();
        })).isInstanceOf(UniqueConstraintViolationException.class);
        assertThat(rows("users")).isEqualTo(2);
        assertThat(rows("posts")).isEqualTo(1);
        assertThat(db.user().findUniqueOrThrow(UserWhereUnique.email("a@x.org")).fetch().name()).isNull();
    }

    @Test
    void optionsApplyIsolationTimeoutAndReadOnly() {
        TransactionOptions options = TransactionOptions.isolation(TransactionOptions.Isolation.SERIALIZABLE)
            .withTimeout(Duration.ofSeconds(5));
        Integer isolation = db.transaction(options, (tx) -> {
            tx.user().create(UserCreate.builder().email("a@x.org").build()).execute();
            return jdbc.execute((java.sql.Connection connection) -> connection.getTransactionIsolation());
        });
        assertThat(rows("users")).isEqualTo(1);
        if (kind != DatabaseKind.SQLITE) {
            assertThat(isolation).isEqualTo(TransactionDefinition.ISOLATION_SERIALIZABLE);
        }
        Integer readCommitted = db.transaction(
                TransactionOptions.isolation(TransactionOptions.Isolation.READ_COMMITTED),
                (tx) -> jdbc.execute((java.sql.Connection connection) -> connection.getTransactionIsolation()));
        if (kind != DatabaseKind.SQLITE) {
            assertThat(readCommitted).isEqualTo(TransactionDefinition.ISOLATION_READ_COMMITTED);
        }
        long count = db.transaction(TransactionOptions.DEFAULT.asReadOnly(), (tx) -> tx.user().count().fetch());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void aTransactionPastItsTimeoutFailsAndRollsBack() {
        assertThatThrownBy(() -> db.transaction(TransactionOptions.DEFAULT.withTimeout(Duration.ofSeconds(1)), (tx) -> {
            tx.user().create(UserCreate.builder().email("a@x.org").build()).execute();
            sleep(1100);
            return tx.user().create(UserCreate.builder().email("b@x.org").build()).execute();
        })).isInstanceOf(org.springframework.transaction.TransactionTimedOutException.class);
        assertThat(rows("users")).isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void batchRunsStepsInOneTransaction() {
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        List<Object> results = db.batch(db.user().create(UserCreate.builder().email("bob@acme.com").build()),
                db.user().update(UserWhereUnique.id(ada.id()), UserUpdate.builder().name("Ada").build()),
                db.user().count(), db.post().findMany().where(PostFields.VIEWS.gt(6)));
        assertThat(results.get(0)).isInstanceOfSatisfying(User.class,
                (user) -> assertThat(user.email()).isEqualTo("bob@acme.com"));
        assertThat(results.get(2)).isEqualTo(2L);
        assertThat((List<?>) results.get(3)).isEmpty();
        assertThatThrownBy(() -> db.batch(db.user().create(UserCreate.builder().email("cy@acme.com").build()),
                db.user().create(UserCreate.builder().email("ada@acme.com").build())))
            .isInstanceOf(UniqueConstraintViolationException.class);
        assertThat(rows("users")).isEqualTo(2);
    }

    @Test
    void operationsJoinASurroundingSpringTransaction() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outer.executeWithoutResult((status) -> {
            user(UserCreate.builder().email("a@x.org"));
            db.transaction((tx) -> tx.user().create(UserCreate.builder().email("b@x.org").build()).execute());
            assertThat(db.user().count().fetch()).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(rows("users")).isZero();
        assertThatThrownBy(() -> outer.executeWithoutResult((status) -> {
            user(UserCreate.builder().email("c@x.org"));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(rows("users")).isZero();
        outer.executeWithoutResult((status) -> db.transaction((tx) -> user(UserCreate.builder().email("d@x.org"))));
        assertThat(rows("users")).isEqualTo(1);
    }

}
