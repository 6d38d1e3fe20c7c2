package dev.goofer.benchmarks.workload;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.benchmarks.workload.db.GooferSchema;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaManager;

/**
 * The database a benchmark runs on: PostgreSQL (a dedicated database,
 * {@code goofer_bench} by default) or SQLite (a file in the temporary folder). Every
 * contender gets the same pooled data source, the same tables (pushed from the Goofer
 * schema) and the same seeded rows.
 *
 * <p>
 * The PostgreSQL URL is the system property {@code goofer.bench.postgres.url}, else the
 * environment variable {@code GOOFER_BENCH_POSTGRES_URL}, else
 * {@code GOOFER_TEST_POSTGRES_URL} with its database replaced by {@code goofer_bench},
 * else {@code jdbc:postgresql://127.0.0.1:5432/goofer_bench?user=postgres}. The SQLite
 * file is the system property {@code goofer.bench.sqlite.file}, else
 * {@code goofer-bench.db} in the temporary folder.
 */
public enum Database {

    /** PostgreSQL. */
    POSTGRESQL,

    /** SQLite. */
    SQLITE;

    /** Seeded users. */
    public static final int USERS = 1_000;

    /** Seeded posts per user. */
    public static final int POSTS_PER_USER = 10;

    /** Seeded posts. */
    public static final int POSTS = USERS * POSTS_PER_USER;

    /**
     * Return the database named by a benchmark parameter.
     * @param name {@code postgresql} or {@code sqlite}
     * @return the database
     */
    public static Database named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Return the JDBC URL of the benchmark database.
     * @return the URL
     */
    public String url() {
        if (this == SQLITE) {
            String file = System.getProperty("goofer.bench.sqlite.file");
            Path path = (file != null) ? Path.of(file)
                    : Path.of(System.getProperty("java.io.tmpdir"), "goofer-bench.db");
            return "jdbc:sqlite:" + path.toAbsolutePath() + "?journal_mode=WAL&synchronous=NORMAL";
        }
        String url = System.getProperty("goofer.bench.postgres.url");
        if (url == null) {
            url = System.getenv("GOOFER_BENCH_POSTGRES_URL");
        }
        if (url == null) {
            String test = System.getenv("GOOFER_TEST_POSTGRES_URL");
            url = (test != null) ? withDatabase(test, "goofer_bench")
                    : "jdbc:postgresql://127.0.0.1:5432/goofer_bench?user=postgres";
        }
        return url;
    }

    /**
     * Create the database if needed, drop and push the tables, seed them, and return a
     * pool over it.
     * @return the pooled data source
     * @throws SQLException if the database cannot be prepared
     */
    public HikariDataSource prepare() throws SQLException {
        if (this == POSTGRESQL) {
            createPostgresDatabase(url());
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(2);
        config.setPoolName("bench-" + name().toLowerCase(Locale.ROOT));
        HikariDataSource dataSource = new HikariDataSource(config);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_post");
            statement.execute("DROP TABLE IF EXISTS bench_user");
        }
        SchemaManager.push(dataSource, GooferSchema.SCHEMA, PushOptions.defaults());
        seed(dataSource);
        return dataSource;
    }

    private static void seed(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement users = connection.prepareStatement(
                    "INSERT INTO bench_user (id, email, name, age, active, score) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= USERS; id++) {
                    users.setInt(1, id);
                    users.setString(2, "user" + id + "@example.com");
                    users.setString(3, "User " + id);
                    users.setInt(4, 18 + id % 60);
                    users.setBoolean(5, id % 5 != 0);
                    users.setDouble(6, (id % 100) / 4.0);
                    users.addBatch();
                }
                users.executeBatch();
            }
            try (PreparedStatement posts = connection.prepareStatement("INSERT INTO bench_post "
                    + "(id, title, content, published, views, rating, author_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= POSTS; id++) {
                    posts.setInt(1, id);
                    posts.setString(2, "Post " + id);
                    posts.setString(3, (id % 4 == 0) ? null : "The content of post " + id);
                    posts.setBoolean(4, id % 3 != 0);
                    posts.setInt(5, seededViews(id));
                    posts.setDouble(6, (id % 50) / 10.0);
                    posts.setInt(7, (id - 1) / POSTS_PER_USER + 1);
                    posts.addBatch();
                }
                posts.executeBatch();
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                if (isPostgres(connection)) {
                    // Explicit ids leave the identity sequences behind: move them past
                    // the seed.
                    statement.execute("SELECT setval(pg_get_serial_sequence('bench_user', 'id'), " + USERS + ")");
                    statement.execute("SELECT setval(pg_get_serial_sequence('bench_post', 'id'), " + POSTS + ")");
                    statement.execute("ANALYZE bench_user");
                    statement.execute("ANALYZE bench_post");
                }
                else {
                    statement.execute("ANALYZE");
                }
            }
            connection.commit();
        }
    }

    /**
     * Return the views a seeded post has.
     * @param id the post id
     * @return the views
     */
    static int seededViews(int id) {
        return (id * 37) % 1000;
    }

    /**
     * Delete the rows the writes added and undo the updates, so that every iteration sees
     * the seeded data.
     * @param dataSource the data source
     * @throws SQLException if the reset fails
     */
    public static void reset(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM bench_post WHERE id > " + POSTS);
            statement.executeUpdate("DELETE FROM bench_user WHERE id > " + USERS);
            statement.executeUpdate("UPDATE bench_post SET views = (id * 37) % 1000 WHERE views <> (id * 37) % 1000");
        }
    }

    /**
     * Delete the posts the writes added.
     * @param dataSource the data source
     * @throws SQLException if the delete fails
     */
    public static void deleteCreatedPosts(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM bench_post WHERE id > " + POSTS);
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static void createPostgresDatabase(String url) throws SQLException {
        String database = databaseName(url);
        try (Connection connection = DriverManager.getConnection(withDatabase(url, "postgres"));
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }

    private static String databaseName(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, (query < 0) ? url.length() : query);
    }

    private static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + ((query < 0) ? "" : url.substring(query));
    }

}
