package dev.goofer.itest;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.StatementEvent;
import dev.goofer.itest.db.GooferClient;
import dev.goofer.itest.db.GooferSchema;
import dev.goofer.itest.db.Post;
import dev.goofer.itest.db.PostCreate;
import dev.goofer.itest.db.Role;
import dev.goofer.itest.db.TagCreate;
import dev.goofer.itest.db.TagWhereUnique;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh database per test class, made to match the schema by {@link SchemaManager}'s
 * push, emptied before each test, with a generated client whose statements are recorded.
 */
abstract class ItestDatabase {

    static HikariDataSource dataSource;

    static JdbcTemplate jdbc;

    static GooferClient db;

    static DatabaseKind kind;

    static final List<StatementEvent> statements = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void pushSchema(TestDatabase database) {
        kind = database.kind();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("goofer-itest-" + database.name());
        dataSource = new HikariDataSource(config);
        SchemaManager.push(dataSource, GooferSchema.SCHEMA, PushOptions.defaults());
        jdbc = new JdbcTemplate(dataSource);
        db = new GooferClient(
                JdbcQueryExecutor.builder(dataSource, GooferSchema.SCHEMA).statementListener(statements::add).build());
    }

    @AfterAll
    static void closeDataSource() {
        dataSource.close();
    }

    @BeforeEach
    void deleteRows() {
        jdbc.update("UPDATE " + quote("users") + " SET " + quote("invited_by_id") + " = NULL");
        for (String table : List.of("_PostToTag", "comments", "posts", "profiles", "memberships", "teams", "Tag",
                "users")) {
            jdbc.update("DELETE FROM " + quote(table));
        }
        statements.clear();
    }

    static String quote(String identifier) {
        return (kind == DatabaseKind.MYSQL) ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    static long rows(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
        return (count != null) ? count : 0;
    }

    static User user(String email, String name, Role role) {
        return db.user().create(UserCreate.builder().email(email).name(name).role(role).build()).execute();
    }

    static User user(UserCreate.Builder builder) {
        return db.user().create(builder.build()).execute();
    }

    static Post post(User author, String title, int views, boolean published, String... tags) {
        return db.post()
            .create(PostCreate.builder()
                .title(title)
                .views(views)
                .published(published)
                .author((a) -> a.connect(UserWhereUnique.id(author.id())))
                .tags((t) -> {
                    for (String tag : tags) {
                        t.connectOrCreate(TagWhereUnique.name(tag), TagCreate.builder().name(tag).build());
                    }
                })
                .build())
            .execute();
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

}
