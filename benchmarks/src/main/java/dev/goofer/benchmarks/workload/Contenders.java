package dev.goofer.benchmarks.workload;

import java.util.List;

import javax.sql.DataSource;

import dev.goofer.benchmarks.workload.Rows.UserWithPosts;
import dev.goofer.benchmarks.workload.db.User;

/**
 * Creates the contenders by name and checks, before a benchmark measures one, that it
 * reads what the others read.
 */
public final class Contenders {

    /** The contenders, the floor first. */
    public static final List<String> NAMES = List.of("jdbc", "goofer", "jooq", "hibernate", "mybatis");

    private Contenders() {
    }

    /**
     * Create a contender.
     * @param name one of {@link #NAMES}
     * @param dataSource the pooled data source
     * @param database the database behind it
     * @return the contender
     */
    public static Contender create(String name, DataSource dataSource, Database database) {
        return switch (name) {
            case "jdbc" -> new JdbcContender(dataSource);
            case "goofer" -> new GooferContender(dataSource);
            case "jooq" -> new JooqContender(dataSource, database);
            case "hibernate" -> new HibernateContender(dataSource, database);
            case "mybatis" -> new MyBatisContender(dataSource);
            default -> throw new IllegalArgumentException("Unknown contender " + name + ", expected one of " + NAMES);
        };
    }

    /**
     * Run every read once and check the sizes of the results against the seeded data.
     * @param contender the contender
     * @param name its name, for the message
     */
    public static void check(Contender contender, String name) {
        expect(name, "findUnique", (contender.findUnique(7) != null) ? 1 : 0, 1);
        expect(name, "findMany", contender.findMany(800).size(), 100);
        expect(name, "cachedFindMany", contender.cachedFindMany(800).size(), 100);
        List<?> users = contender.findManyWithPosts(801);
        expect(name, "findManyWithPosts", users.size(), 100);
        int posts = 0;
        for (Object user : users) {
            posts += posts(user);
        }
        expect(name, "findManyWithPosts (posts)", posts, 100 * Database.POSTS_PER_USER);
        expect(name, "groupBy", contender.groupBy(0).size(), 2);
    }

    private static int posts(Object user) {
        if (user instanceof User goofer) {
            return goofer.posts().size();
        }
        if (user instanceof UserEntity entity) {
            return entity.getPosts().size();
        }
        if (user instanceof MyBatisRows.User mapped) {
            return mapped.getPosts().size();
        }
        if (user instanceof UserWithPosts row) {
            return row.posts().size();
        }
        throw new IllegalStateException("Unexpected user type " + user.getClass());
    }

    private static void expect(String name, String workload, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalStateException(
                    name + " " + workload + " returned " + actual + " results, expected " + expected);
        }
    }

}
