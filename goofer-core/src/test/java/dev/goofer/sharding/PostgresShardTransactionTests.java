package dev.goofer.sharding;

import java.util.List;

import dev.goofer.execution.TransactionOptions;
import dev.goofer.fixture.tenant.AuditEntryCreate;
import dev.goofer.fixture.tenant.CountryCreate;
import dev.goofer.fixture.tenant.CountryFields;
import dev.goofer.fixture.tenant.CustomerFields;
import dev.goofer.fixture.tenant.CustomerUpdate;
import dev.goofer.fixture.tenant.CustomerWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.goofer.sharding.PostgresShardRoutingTests.customer;
import static dev.goofer.sharding.PostgresShardRoutingTests.customerData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Transactions stay on one shard: they bind to the first shard they touch, and touching
 * another rolls everything back. Tenant 7 lives on {@code s0}, 1 on {@code s1}, 4 on
 * {@code s2}.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresShardTransactionTests extends ShardedDatabases {

    @Test
    void aTransactionOnOneShardCommitsEverything() {
        db.transaction((tx) -> {
            customer(tx, 4, "a");
            customer(tx, 4, "b");
            tx.customer()
                .update(CustomerWhereUnique.tenantId_id(4, "a"), CustomerUpdate.builder().name("A").build())
                .execute();
            return tx.customer().findMany().where(CustomerFields.TENANT_ID.eq(4)).fetch();
        });
        assertThat(column("s2", "Customer", "name")).containsExactly("A", "name-b");
    }

    @Test
    void aTransactionSeesItsOwnUncommittedWrites() {
        long seen = db.transaction((tx) -> {
            customer(tx, 4, "a");
            Long outside = shardDatabases.get(2).jdbc().queryForObject("SELECT COUNT(*) FROM \"Customer\"", Long.class);
            assertThat(outside).isZero();
            return tx.customer().count().where(CustomerFields.TENANT_ID.eq(4)).fetch();
        });
        assertThat(seen).isEqualTo(1);
    }

    @Test
    void aTransactionRollsBackWhenTheWorkFails() {
        assertThatIllegalStateException().isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 4, "a");
            throw new IllegalStateException("boom");
        }));
        assertThat(count("s2", "Customer")).isZero();
    }

    @Test
    void touchingASecondShardFailsNamingBothAndRollsBackTheFirst() {
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 7, "a");
            return customer(tx, 1, "b");
        }))
            .withMessage("A transaction stays on one shard: it is bound to shard \"s0\", but Customer.create needs "
                    + "shard \"s1\". The transaction is rolled back.")
            .satisfies((ex) -> {
                assertThat(ex.boundShard()).isEqualTo("s0");
                assertThat(ex.requestedShards()).containsExactly("s1");
            });
        for (String shard : SHARDS) {
            assertThat(count(shard, "Customer")).isZero();
        }
    }

    @Test
    void aCrossShardFailureCaughtByTheWorkStillRollsBack() {
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 7, "a");
            try {
                customer(tx, 1, "b");
            }
            catch (CrossShardTransactionException ex) {
                // swallowed by careless work
            }
            return null;
        }));
        assertThat(count("s0", "Customer")).isZero();
    }

    @Test
    void aFanOutReadInsideATransactionIsACrossShardAccess() {
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 4, "a");
            return tx.customer().findMany().fetch();
        }))
            .withMessageContaining("bound to shard \"s2\"")
            .withMessageContaining("Customer.find_many needs shards [\"s0\", \"s1\", \"s2\"]");
        assertThat(count("s2", "Customer")).isZero();
    }

    @Test
    void broadcastReadsUseTheBoundShardAndBroadcastWritesAreRefused() {
        db.country().create(CountryCreate.builder().code("NL").name("Netherlands").build()).execute();
        jdbc("s2").update("UPDATE \"Country\" SET \"name\" = 'on s2'");
        String name = db.transaction((tx) -> {
            String before = tx.country().findMany().fetch().get(0).name();
            customer(tx, 4, "a");
            String after = tx.country().findMany().where(CountryFields.CODE.eq("NL")).fetch().get(0).name();
            return before + "/" + after;
        });
        assertThat(name).isEqualTo("Netherlands/on s2");
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 4, "b");
            return tx.country().create(CountryCreate.builder().code("FR").name("France").build()).execute();
        })).withMessageContaining("Country.create needs shards [\"s0\", \"s1\", \"s2\"]");
        assertThat(column("s2", "Customer", "id")).containsExactly("a");
        assertThat(count("s0", "Country")).isEqualTo(1);
    }

    @Test
    void modelsOfTheDefaultShardJoinATransactionOnIt() {
        db.transaction((tx) -> {
            customer(tx, 7, "a");
            return tx.auditEntry().create(AuditEntryCreate.builder().message("created a").build()).execute();
        });
        assertThat(count("s0", "Customer")).isEqualTo(1);
        assertThat(count("s0", "AuditEntry")).isEqualTo(1);
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 4, "b");
            return tx.auditEntry().create(AuditEntryCreate.builder().message("created b").build()).execute();
        }));
        assertThat(count("s2", "Customer")).isZero();
        assertThat(count("s0", "AuditEntry")).isEqualTo(1);
    }

    @Test
    void batchesAreTransactionsToo() {
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(
                () -> db.batch(db.customer().create(customerData(4, "a")), db.customer().create(customerData(7, "b"))));
        assertThat(count("s2", "Customer") + count("s0", "Customer")).isZero();
        List<Object> results = db.batch(db.customer().create(customerData(4, "a")),
                db.customer().create(customerData(10, "b")));
        assertThat(results).hasSize(2);
        assertThat(column("s2", "Customer", "id")).containsExactly("a", "b");
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        assertThatExceptionOfType(CrossShardTransactionException.class).isThrownBy(() -> db.transaction((tx) -> {
            customer(tx, 4, "a");
            return tx.transaction((inner) -> customer(inner, 7, "b"));
        }));
        assertThat(count("s2", "Customer") + count("s0", "Customer")).isZero();
    }

    @Test
    void aReadOnlyTransactionReadsThroughAndWritesNothing() {
        customer(db, 4, "a");
        long count = db.transaction(TransactionOptions.DEFAULT.asReadOnly(),
                (tx) -> tx.customer().count().where(CustomerFields.TENANT_ID.eq(4)).fetch());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void operationsJoinASurroundingSpringTransactionOnTheShard() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(shardPools.get(2)));
        outer.executeWithoutResult((status) -> {
            customer(db, 4, "a");
            assertThat(db.customer().findMany().fetch()).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(count("s2", "Customer")).isZero();
    }

}
