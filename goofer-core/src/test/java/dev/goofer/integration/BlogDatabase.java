package dev.goofer.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.execution.StatementEvent;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh database with the blog fixture's tables, emptied before each test, and a client
 * whose statements are recorded.
 */
abstract class BlogDatabase {

    static HikariDataSource dataSource;

    static JdbcTemplate jdbc;

    static GooferClient db;

    static DatabaseKind kind;

    static final List<StatementEvent> statements = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void createTables(TestDatabase database) {
        kind = database.kind();
        dataSource = TestDataSources.pooled(database);
        TestDataSources.runScript(dataSource, "blog", database.kind());
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
        for (String table : List.of("_PostToTag", "Post", "Profile", "Tag", "User")) {
            jdbc.update("DELETE FROM " + quote(table));
        }
        statements.clear();
    }

    static String quote(String identifier) {
        return (kind == DatabaseKind.MYSQL) ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    static User user(String email, String name, Role role) {
        return db.user().create(UserCreate.builder().email(email).name(name).role(role).build()).execute();
    }

    static Post post(User author, String title, int views, boolean published, String... tags) {
        return db.post()
            .create(PostCreate.builder()
                .title(title)
                .views(views)
                .published(published)
                .author((a) -> a.connect(dev.goofer.fixture.blog.UserWhereUnique.id(author.id())))
                .tags((t) -> {
                    for (String tag : tags) {
                        t.connectOrCreate(TagWhereUnique.name(tag), TagCreate.builder().name(tag).build());
                    }
                })
                .build())
            .execute();
    }

    static List<String> sqlOf(List<StatementEvent> events) {
        List<String> sql = new ArrayList<>();
        events.forEach((event) -> sql.add(event.sql()));
        return sql;
    }

}
