package dev.goofer.integration;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.execution.ForeignKeyViolationException;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code relationMode = "prisma"}: the tables have no foreign keys and the client
 * emulates the {@code onDelete} actions.
 */
abstract class BlogRelationModePrismaTests {

    static HikariDataSource dataSource;

    static JdbcTemplate jdbc;

    static GooferClient db;

    static DatabaseKind kind;

    @BeforeAll
    static void createTables(TestDatabase database) {
        kind = database.kind();
        dataSource = TestDataSources.pooled(database);
        TestDataSources.runScriptWithoutForeignKeys(dataSource, "blog", kind);
        jdbc = new JdbcTemplate(dataSource);
        SchemaMeta schema = new SchemaMeta(GooferSchema.SCHEMA.provider(), false, GooferSchema.SCHEMA.models(),
                GooferSchema.SCHEMA.enums());
        db = new GooferClient(JdbcQueryExecutor.create(dataSource, schema));
    }

    @AfterAll
    static void closeDataSource() {
        dataSource.close();
    }

    private static long count(String table) {
        String quoted = (kind == DatabaseKind.MYSQL) ? "`" + table + "`" : "\"" + table + "\"";
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + quoted, Long.class);
        return (count != null) ? count : 0;
    }

    @Test
    void deletesApplyTheRelationsActions() {
        User ada = db.user()
            .create(UserCreate.builder()
                .email("ada@acme.com")
                .profile((profile) -> profile.create(ProfileCreate.builder().bio("Hi").build()))
                .posts((posts) -> posts.create(PostCreate.builder()
                    .title("Tagged")
                    .tags((tags) -> tags.create(TagCreate.builder().name("java").build()))
                    .build()))
                .build())
            .include(UserFields.POSTS)
            .execute();
        assertThatThrownBy(() -> db.user().delete(UserWhereUnique.id(ada.id())).execute())
            .isInstanceOfSatisfying(ForeignKeyViolationException.class, (ex) -> {
                assertThat(ex.getModel()).isEqualTo("Post");
                assertThat(ex.getFields()).containsExactly("authorId");
            });
        assertThat(count("User")).isEqualTo(1);
        db.post().delete(PostWhereUnique.id(ada.posts().get(0).id())).execute();
        assertThat(count("_PostToTag")).isZero();
        assertThat(count("Tag")).isEqualTo(1);
        db.user().delete(UserWhereUnique.id(ada.id())).execute();
        assertThat(count("Profile")).isZero();
        db.user()
            .createMany(List.of(UserCreate.builder().email("a@x.org").build(),
                    UserCreate.builder().email("b@x.org").build()))
            .execute();
        db.profile()
            .create(ProfileCreate.builder()
                .bio("A")
                .user((user) -> user.connect(UserWhereUnique.email("a@x.org")))
                .build())
            .execute();
        assertThat(db.user().deleteMany().execute()).isEqualTo(2);
        assertThat(count("Profile")).isZero();
    }

}
