package dev.goofer.benchmarks.workload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.jspecify.annotations.Nullable;

/**
 * MyBatis with an XML mapper: a session per operation (auto-commit for reads), the
 * include as a nested result map over one joined query, inserts through a batch executor,
 * and the namespace's second-level cache for the cached read.
 */
final class MyBatisContender implements Contender {

    private static final String MAPPER = "dev/goofer/benchmarks/workload/BenchMapper.xml";

    private final SqlSessionFactory factory;

    MyBatisContender(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("bench", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        try (InputStream in = MyBatisContender.class.getClassLoader().getResourceAsStream(MAPPER)) {
            if (in == null) {
                throw new IllegalStateException(MAPPER + " is missing");
            }
            new XMLMapperBuilder(in, configuration, MAPPER, configuration.getSqlFragments()).parse();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.factory = new SqlSessionFactoryBuilder().build(configuration);
    }

    @Override
    public @Nullable Object findUnique(int id) {
        try (SqlSession session = this.factory.openSession(true)) {
            return session.getMapper(BenchMapper.class).findUnique(id);
        }
    }

    @Override
    public List<?> findMany(int minViews) {
        try (SqlSession session = this.factory.openSession(true)) {
            return session.getMapper(BenchMapper.class).findMany(true, minViews);
        }
    }

    @Override
    public List<?> findManyWithPosts(int firstId) {
        try (SqlSession session = this.factory.openSession(true)) {
            return session.getMapper(BenchMapper.class).findManyWithPosts(true, firstId);
        }
    }

    @Override
    public int nestedCreate(String email) {
        try (SqlSession session = this.factory.openSession(false)) {
            BenchMapper mapper = session.getMapper(BenchMapper.class);
            MyBatisRows.User user = new MyBatisRows.User();
            user.email = email;
            user.name = "New user";
            user.age = 30;
            user.active = true;
            user.score = 1.5;
            mapper.insertUser(user);
            Integer id = user.id;
            if (id == null) {
                throw new IllegalStateException("No generated id for the new user");
            }
            List<MyBatisRows.Post> posts = new ArrayList<>(10);
            for (int i = 0; i < 10; i++) {
                posts.add(post(i, id));
            }
            mapper.insertPosts(posts);
            session.commit();
            return id;
        }
    }

    @Override
    public long createMany(int authorId, int count) {
        try (SqlSession session = this.factory.openSession(ExecutorType.BATCH, false)) {
            BenchMapper mapper = session.getMapper(BenchMapper.class);
            for (int i = 0; i < count; i++) {
                mapper.insertPost(post(i, authorId));
            }
            long created = 0;
            for (BatchResult result : session.flushStatements()) {
                for (int updated : result.getUpdateCounts()) {
                    created += (updated < 0) ? 1 : updated;
                }
            }
            session.commit();
            return created;
        }
    }

    @Override
    public long updateMany(int firstAuthorId, int views) {
        try (SqlSession session = this.factory.openSession(true)) {
            return session.getMapper(BenchMapper.class).updateViews(views, firstAuthorId, firstAuthorId + 9);
        }
    }

    @Override
    public List<?> groupBy(int minViews) {
        try (SqlSession session = this.factory.openSession(true)) {
            return session.getMapper(BenchMapper.class).groupBy(minViews);
        }
    }

    @Override
    public List<?> cachedFindMany(int minViews) {
        try (SqlSession session = this.factory.openSession(true)) {
            return session.getMapper(BenchMapper.class).cachedFindMany(true, minViews);
        }
    }

    @Override
    public boolean caches() {
        return true;
    }

    @Override
    public void close() {
    }

    private static MyBatisRows.Post post(int i, int authorId) {
        MyBatisRows.Post post = new MyBatisRows.Post();
        post.title = "New post " + i;
        post.content = (i % 2 == 0) ? "Some content" : null;
        post.published = i % 3 != 0;
        post.views = i % 1000;
        post.rating = 2.5;
        post.authorId = authorId;
        return post;
    }

}
