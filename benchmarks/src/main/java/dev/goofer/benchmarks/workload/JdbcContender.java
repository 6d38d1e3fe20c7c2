package dev.goofer.benchmarks.workload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.goofer.benchmarks.workload.Rows.GroupStats;
import dev.goofer.benchmarks.workload.Rows.PostRow;
import dev.goofer.benchmarks.workload.Rows.UserRow;
import dev.goofer.benchmarks.workload.Rows.UserWithPosts;
import org.jspecify.annotations.Nullable;

/**
 * Hand-written JDBC: prepared statements, explicit mapping, batches, one transaction per
 * write. The floor the others are measured against; it has no cache.
 */
final class JdbcContender implements Contender {

    private static final String POST_COLUMNS = "id, title, content, published, views, rating, author_id";

    private static final String FIND_MANY = "SELECT " + POST_COLUMNS
            + " FROM bench_post WHERE published = ? AND views >= ? ORDER BY views DESC, id ASC LIMIT 100";

    private static final String INSERT_POST = "INSERT INTO bench_post (title, content, published, views, rating, "
            + "author_id) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;

    JdbcContender(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public @Nullable Object findUnique(int id) {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection
                    .prepareStatement("SELECT id, email, name, age, active, score FROM bench_user WHERE id = ?")) {
            statement.setInt(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? user(rs) : null;
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public List<?> findMany(int minViews) {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(FIND_MANY)) {
            statement.setBoolean(1, true);
            statement.setInt(2, minViews);
            List<PostRow> posts = new ArrayList<>(100);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    posts.add(post(rs));
                }
            }
            return posts;
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public List<?> findManyWithPosts(int firstId) {
        try (Connection connection = this.dataSource.getConnection()) {
            Map<Integer, UserWithPosts> users = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, email, name, age, active, "
                    + "score FROM bench_user WHERE active = ? AND id >= ? ORDER BY id ASC LIMIT 100")) {
                statement.setBoolean(1, true);
                statement.setInt(2, firstId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        UserRow user = user(rs);
                        users.put(user.id(), new UserWithPosts(user, new ArrayList<>()));
                    }
                }
            }
            if (users.isEmpty()) {
                return List.of();
            }
            StringBuilder sql = new StringBuilder("SELECT " + POST_COLUMNS + " FROM bench_post WHERE author_id IN (");
            for (int i = 0; i < users.size(); i++) {
                sql.append((i > 0) ? ", ?" : "?");
            }
            sql.append(") ORDER BY id ASC");
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (Integer id : users.keySet()) {
                    statement.setInt(index++, id);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        PostRow post = post(rs);
                        users.get(post.authorId()).posts().add(post);
                    }
                }
            }
            return new ArrayList<>(users.values());
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public int nestedCreate(String email) {
        return inTransaction((connection) -> {
            int userId;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO bench_user (email, name, age, active, score) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                statement.setString(1, email);
                statement.setString(2, "New user");
                statement.setInt(3, 30);
                statement.setBoolean(4, true);
                statement.setDouble(5, 1.5);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    userId = keys.getInt(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(INSERT_POST)) {
                for (int i = 0; i < 10; i++) {
                    bindPost(statement, i, userId);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return userId;
        });
    }

    @Override
    public long createMany(int authorId, int count) {
        return inTransaction((connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_POST)) {
                for (int i = 0; i < count; i++) {
                    bindPost(statement, i, authorId);
                    statement.addBatch();
                }
                long created = 0;
                for (int updated : statement.executeBatch()) {
                    created += (updated == Statement.SUCCESS_NO_INFO) ? 1 : updated;
                }
                return created;
            }
        });
    }

    @Override
    public long updateMany(int firstAuthorId, int views) {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection
                    .prepareStatement("UPDATE bench_post SET views = ? WHERE author_id >= ? AND author_id <= ?")) {
            statement.setInt(1, views);
            statement.setInt(2, firstAuthorId);
            statement.setInt(3, firstAuthorId + 9);
            return statement.executeUpdate();
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public List<?> groupBy(int minViews) {
        try (Connection connection = this.dataSource.getConnection();
                PreparedStatement statement = connection
                    .prepareStatement("SELECT published, COUNT(*), SUM(views), AVG(rating), MAX(views) FROM bench_post "
                            + "WHERE views >= ? GROUP BY published ORDER BY published ASC")) {
            statement.setInt(1, minViews);
            List<GroupStats> groups = new ArrayList<>(2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    groups.add(new GroupStats(rs.getBoolean(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4),
                            rs.getInt(5)));
                }
            }
            return groups;
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public List<?> cachedFindMany(int minViews) {
        return findMany(minViews);
    }

    @Override
    public boolean caches() {
        return false;
    }

    @Override
    public void close() {
    }

    static void bindPost(PreparedStatement statement, int i, int authorId) throws SQLException {
        statement.setString(1, "New post " + i);
        if (i % 2 == 0) {
            statement.setString(2, "Some content");
        }
        else {
            statement.setNull(2, Types.VARCHAR);
        }
        statement.setBoolean(3, i % 3 != 0);
        statement.setInt(4, i % 1000);
        statement.setDouble(5, 2.5);
        statement.setInt(6, authorId);
    }

    /**
     * Run work on one connection in a transaction, committed when it returns and rolled
     * back when it throws, as hand-written JDBC does it.
     */
    private <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            }
            catch (SQLException ex) {
                connection.rollback();
                throw ex;
            }
            finally {
                connection.setAutoCommit(true);
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static UserRow user(ResultSet rs) throws SQLException {
        return new UserRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                rs.getDouble(6));
    }

    private static PostRow post(ResultSet rs) throws SQLException {
        return new PostRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                rs.getDouble(6), rs.getInt(7));
    }

    @FunctionalInterface
    private interface TransactionWork<T> {

        T run(Connection connection) throws SQLException;

    }

}
