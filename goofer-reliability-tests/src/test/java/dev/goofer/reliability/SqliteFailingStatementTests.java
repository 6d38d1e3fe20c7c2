package dev.goofer.reliability;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.client.NumberOperation;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SQLite is embedded, so there is no connection to cut: the fault is a statement that
 * fails in the middle of a nested write, raised by triggers on every table the write
 * touches. The whole write rolls back and the client goes on.
 */
@Databases(DatabaseKind.SQLITE)
class SqliteFailingStatementTests {

    @Test
    void aStatementFailingAtAnyStepOfANestedWriteLeavesNothingBehind(TestDatabase database) throws Exception {
        BlogFixture.createTables(database.dataSource(), DatabaseKind.SQLITE);
        JdbcTemplate direct = database.jdbc();
        for (String table : List.of("User", "Profile", "Post", "Tag")) {
            String column = switch (table) {
                case "User" -> "email";
                case "Profile" -> "bio";
                case "Post" -> "title";
                default -> "name";
            };
            direct.execute("CREATE TRIGGER \"fail_" + table + "\" BEFORE INSERT ON \"" + table + "\" WHEN NEW.\""
                    + column + "\" LIKE 'boom%' BEGIN SELECT RAISE(ABORT, 'injected fault'); END");
        }
        try (HikariDataSource pool = BlogFixture.pool(BlogFixture.sqliteUrl(database.jdbcUrl()), "sqlite-faults", 2,
                30_000)) {
            GooferClient db = BlogFixture.client(pool, null);
            User author = db.user().create(UserCreate.builder().email("author@x.org").build()).execute();
            int counter = db.post()
                .create(PostCreate.builder().title("counter").views(0).authorId(author.id()).build())
                .execute()
                .id();
            long rowsBefore = rows(direct);
            int faults = 0;
            for (int step = 0; step < 5; step++) {
                String email = "nested-" + step + "@x.org";
                int failing = step;
                expectFailure(() -> db.user()
                    .create(UserCreate.builder()
                        .email(failing == 0 ? "boom-" + email : email)
                        .profile((profile) -> profile
                            .create(ProfileCreate.builder().bio(failing == 1 ? "boom" : "bio").build()))
                        .posts((posts) -> posts
                            .create(PostCreate.builder()
                                .title(failing == 2 ? "boom" : "first")
                                .tags((tags) -> tags.connectOrCreate(TagWhereUnique.name("tag-" + failing),
                                        TagCreate.builder().name(failing == 4 ? "boom" : "tag-" + failing).build()))
                                .build())
                            .create(PostCreate.builder().title(failing == 3 ? "boom" : "second").build()))
                        .build())
                    .execute(), "User.create");
                faults++;
                assertThat(rows(direct)).as("rows after a failure at step %d", step).isEqualTo(rowsBefore);
            }
            for (int step = 0; step < 3; step++) {
                int failing = step;
                expectFailure(() -> db.transaction((tx) -> {
                    tx.post()
                        .update(PostWhereUnique.id(counter),
                                PostUpdate.builder().views(NumberOperation.increment(1)).build())
                        .execute();
                    tx.user()
                        .create(UserCreate.builder().email(failing == 0 ? "boom@x.org" : "tx@x.org").build())
                        .execute();
                    return tx.post()
                        .create(PostCreate.builder()
                            .title(failing == 1 ? "boom" : "tx")
                            .authorId(author.id())
                            .tags((tags) -> tags.create(TagCreate.builder().name(failing == 2 ? "boom" : "tx").build()))
                            .build())
                        .execute();
                }), "create");
                faults++;
                assertThat(rows(direct)).as("rows after a failed transaction at step %d", step).isEqualTo(rowsBefore);
                assertThat(direct.queryForObject("SELECT views FROM \"Post\" WHERE id = ?", Long.class, counter))
                    .isZero();
            }
            User after = db.user().create(UserCreate.builder().email("after@x.org").build()).execute();
            assertThat(after.id()).isPositive();
            assertThat(BlogFixture.awaitIdle(pool, 2, 100)).as(BlogFixture.poolState(pool)).isTrue();
            System.out.printf("RELIABILITY failing statements SQLITE: faultsInjected=%d halfDone=0 "
                    + "(connection cuts do not apply to embedded SQLite)%n", faults);
        }
    }

    private static long rows(JdbcTemplate jdbc) {
        long rows = 0;
        for (String table : List.of("User", "Profile", "Post", "Tag", "_PostToTag")) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class);
            rows += (count != null) ? count : 0;
        }
        return rows;
    }

    private static void expectFailure(Runnable work, String task) {
        try {
            work.run();
            fail("Expected the injected fault");
        }
        catch (DataAccessException ex) {
            assertThat(ex.getMessage()).contains(task).contains("injected fault");
        }
    }

}
