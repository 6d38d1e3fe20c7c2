package dev.goofer.execution;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.sql.SqliteDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lost connections: failing to get a connection, to commit or to roll back raises a
 * {@link DataAccessException} that names the model and operation (or the transaction), as
 * every other failure does, instead of Spring's bare transaction exceptions.
 */
class ConnectionFailureTests {

    private SingleConnectionDataSource database;

    private FlakyDataSource flaky;

    private GooferClient db;

    @BeforeEach
    void createTable() {
        this.database = new SingleConnectionDataSource("jdbc:sqlite::memory:", true);
        new JdbcTemplate(this.database)
            .execute("CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"email\" TEXT NOT NULL UNIQUE, "
                    + "\"name\" TEXT, \"role\" TEXT NOT NULL DEFAULT 'USER', "
                    + "\"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        this.flaky = new FlakyDataSource(this.database);
        this.db = new GooferClient(
                JdbcQueryExecutor.builder(this.flaky, GooferSchema.SCHEMA).dialect(SqliteDialect.INSTANCE).build());
    }

    @AfterEach
    void close() {
        this.database.destroy();
    }

    private long users() {
        Long count = new JdbcTemplate(this.database).queryForObject("SELECT COUNT(*) FROM \"User\"", Long.class);
        return (count != null) ? count : -1;
    }

    @Test
    void noConnectionNamesTheModelAndOperation() {
        this.flaky.refuse = true;
        assertThatThrownBy(() -> this.db.user().findMany().fetch()).isInstanceOf(DataAccessException.class)
            .hasMessageContaining("User.find_many")
            .hasMessageContaining("refused (test)");
        assertThatThrownBy(() -> this.db.user().create(UserCreate.builder().email("a@b.c").build()).execute())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("User.create")
            .hasMessageContaining("refused (test)");
        assertThatThrownBy(() -> this.db.transaction((tx) -> tx.user().count().fetch()))
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("transaction")
            .hasMessageContaining("refused (test)");
    }

    @Test
    void failedCommitNamesTheModelAndOperationAndKeepsNothing() {
        this.flaky.failCommit = true;
        assertThatThrownBy(() -> this.db.user().create(UserCreate.builder().email("a@b.c").build()).execute())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("User.create")
            .hasMessageContaining("reset (test)");
        assertThatThrownBy(() -> this.db
            .transaction((tx) -> tx.user().create(UserCreate.builder().email("b@b.c").build()).execute()))
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("transaction")
            .hasMessageContaining("reset (test)");
        assertThat(users()).isZero();
    }

    @Test
    void failedRollbackAfterAFailedStatementKeepsTheStatementsError() {
        this.flaky.failStatements = true;
        this.flaky.failRollback = true;
        assertThatThrownBy(() -> this.db.user().create(UserCreate.builder().email("a@b.c").build()).execute())
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("User.create")
            .hasMessageContaining("socket closed (test)")
            .satisfies((ex) -> assertThat(ex.getSuppressed())
                .hasAtLeastOneElementOfType(TransactionSystemException.class));
        assertThatThrownBy(() -> this.db
            .transaction((tx) -> tx.user().create(UserCreate.builder().email("b@b.c").build()).execute()))
            .isInstanceOf(DataAccessException.class)
            .hasMessageContaining("User.create")
            .hasMessageContaining("socket closed (test)");
    }

    @Test
    void failedStatementOfANestedWriteNamesTheOperationAndTheNestedModel() {
        // The blog's Profile table is missing here, so its nested create fails.
        assertThatThrownBy(() -> this.db.user()
            .create(UserCreate.builder()
                .email("a@b.c")
                .profile((profile) -> profile.create(ProfileCreate.builder().bio("bio").build()))
                .build())
            .execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("User.create (nested Profile)");
        assertThat(users()).isZero();
    }

    /** A data source whose connections can be refused or fail as cut connections do. */
    static final class FlakyDataSource extends DelegatingDataSource {

        volatile boolean refuse;

        volatile boolean failStatements;

        volatile boolean failCommit;

        volatile boolean failRollback;

        FlakyDataSource(SingleConnectionDataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (this.refuse) {
                throw new SQLTransientConnectionException("Connection refused (test)", "08001");
            }
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                    (proxy, method, args) -> {
                        String name = method.getName();
                        if (this.failStatements && name.startsWith("prepare")) {
                            throw new SQLNonTransientConnectionException("socket closed (test)", "08006");
                        }
                        if (this.failCommit && name.equals("commit")) {
                            // As when the server aborts the transaction and the
                            // connection.
                            connection.rollback();
                            throw new SQLNonTransientConnectionException("Connection reset (test)", "08006");
                        }
                        if (this.failRollback && name.equals("rollback")) {
                            connection.rollback();
                            throw new SQLNonTransientConnectionException("Connection reset (test)", "08006");
                        }
                        try {
                            return method.invoke(connection, args);
                        }
                        catch (InvocationTargetException ex) {
                            throw ex.getCause();
                        }
                    });
        }

    }

}
