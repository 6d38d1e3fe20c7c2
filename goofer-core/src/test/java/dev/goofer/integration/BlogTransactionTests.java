package dev.goofer.integration;

import java.time.Duration;

import dev.goofer.execution.TransactionOptions;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transactions: rollback on failure, joining an outer Spring transaction, options.
 */
abstract class BlogTransactionTests extends BlogDatabase {

    private static long users() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + quote("User"), Long.class);
        return (count != null) ? count : 0;
    }

    @Test
    void transactionCommitsAllOrNothing() {
        db.transaction((tx) -> {
            user("a@x.org", "A", Role.USER);
            return user("b@x.org", "B", Role.USER);
        });
        assertThat(users()).isEqualTo(2);
        assertThatThrownBy(() -> db.transaction((tx) -> {
            tx.user().create(UserCreate.builder().email("c@x.org").build()).execute();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(users()).isEqualTo(2);
    }

    @Test
    void operationsJoinAnOuterSpringTransaction() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outer.executeWithoutResult((status) -> {
            user("a@x.org", "A", Role.USER);
            assertThat(db.user().findUnique(UserWhereUnique.email("a@x.org")).fetch()).isPresent();
            status.setRollbackOnly();
        });
        assertThat(users()).isZero();
        outer.executeWithoutResult((status) -> db.transaction((tx) -> user("b@x.org", "B", Role.USER)));
        assertThat(users()).isEqualTo(1);
    }

    @Test
    void transactionOptionsApplyIsolationTimeoutAndReadOnly() {
        TransactionOptions options = TransactionOptions.isolation(TransactionOptions.Isolation.SERIALIZABLE)
            .withTimeout(Duration.ofSeconds(5));
        Integer isolation = db.transaction(options, (tx) -> {
            user("a@x.org", "A", Role.USER);
            return jdbc.execute((java.sql.Connection connection) -> connection.getTransactionIsolation());
        });
        assertThat(users()).isEqualTo(1);
        if (kind != DatabaseKind.SQLITE) {
            assertThat(isolation).isEqualTo(TransactionDefinition.ISOLATION_SERIALIZABLE);
        }
        long count = db.transaction(TransactionOptions.DEFAULT.asReadOnly(), (tx) -> tx.user().count().fetch());
        assertThat(count).isEqualTo(1);
    }

}
