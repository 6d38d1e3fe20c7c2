package dev.goofer.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.goofer.benchmarks.workload.Rows.GroupStats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.TypedQuery;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate through plain JPA: an {@code EntityManager} per operation, JPQL, the include
 * as a batch fetch of the posts of up to 100 users in one query, a JPQL bulk update. Ids
 * are database identities, as in the schema, which keeps Hibernate from batching inserts
 * (it reads every generated id back). The cached read uses a second factory with the
 * second-level and query caches on (JCache over Caffeine), so that the other workloads
 * never hit a cache.
 */
final class HibernateContender implements Contender {

    private static final String FIND_MANY = "select p from PostEntity p where p.published = :published "
            + "and p.views >= :minViews order by p.views desc, p.id asc";

    private final DataSource dataSource;

    private final Database database;

    private final EntityManagerFactory factory;

    private @Nullable EntityManagerFactory cachedFactory;

    HibernateContender(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
        this.factory = factory(false);
    }

    private EntityManagerFactory factory(boolean cached) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(
                cached ? "bench-cached" : "bench")
            .managedClasses(UserEntity.class, PostEntity.class)
            .property("jakarta.persistence.nonJtaDataSource", this.dataSource)
            .property("hibernate.jdbc.batch_size", 50)
            .property("hibernate.order_inserts", true)
            .property("hibernate.show_sql", false)
            .property("hibernate.cache.use_second_level_cache", cached)
            .property("hibernate.cache.use_query_cache", cached);
        if (this.database == Database.SQLITE) {
            configuration.property("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        }
        if (cached) {
            configuration.property("jakarta.persistence.sharedCache.mode", "ENABLE_SELECTIVE")
                .property("hibernate.cache.region.factory_class", "jcache")
                .property("hibernate.javax.cache.provider",
                        "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider")
                .property("hibernate.javax.cache.missing_cache_strategy", "create");
        }
        return configuration.createEntityManagerFactory();
    }

    @Override
    public @Nullable Object findUnique(int id) {
        return read(this.factory, (em) -> em.find(UserEntity.class, id));
    }

    @Override
    public List<?> findMany(int minViews) {
        return read(this.factory, (em) -> findMany(em, minViews).getResultList());
    }

    private static TypedQuery<PostEntity> findMany(EntityManager em, int minViews) {
        return em.createQuery(FIND_MANY, PostEntity.class)
            .setParameter("published", true)
            .setParameter("minViews", minViews)
            .setMaxResults(100);
    }

    @Override
    public List<?> findManyWithPosts(int firstId) {
        return read(this.factory, (em) -> {
            List<UserEntity> users = em
                .createQuery("select u from UserEntity u where u.active = :active and u.id >= :firstId order by u.id",
                        UserEntity.class)
                .setParameter("active", true)
                .setParameter("firstId", firstId)
                .setMaxResults(100)
                .getResultList();
            for (UserEntity user : users) {
                Hibernate.initialize(user.getPosts());
            }
            return users;
        });
    }

    @Override
    public int nestedCreate(String email) {
        return write((em) -> {
            UserEntity user = new UserEntity(email, "New user", 30, true, 1.5);
            for (int i = 0; i < 10; i++) {
                user.getPosts().add(post(i, user));
            }
            em.persist(user);
            em.flush();
            Integer id = user.getId();
            return (id != null) ? id : -1;
        });
    }

    @Override
    public long createMany(int authorId, int count) {
        return write((em) -> {
            UserEntity author = em.getReference(UserEntity.class, authorId);
            for (int i = 0; i < count; i++) {
                em.persist(post(i, author));
                if ((i + 1) % 1000 == 0) {
                    em.flush();
                    em.clear();
                    author = em.getReference(UserEntity.class, authorId);
                }
            }
            return (long) count;
        });
    }

    @Override
    public long updateMany(int firstAuthorId, int views) {
        return write((em) -> (long) em
            .createQuery("update PostEntity p set p.views = :views where p.authorId between :first and :last")
            .setParameter("views", views)
            .setParameter("first", firstAuthorId)
            .setParameter("last", firstAuthorId + 9)
            .executeUpdate());
    }

    @Override
    public List<?> groupBy(int minViews) {
        return read(this.factory, (em) -> {
            List<Object[]> rows = em
                .createQuery("select p.published, count(p), sum(p.views), avg(p.rating), max(p.views) "
                        + "from PostEntity p where p.views >= :minViews group by p.published order by p.published",
                        Object[].class)
                .setParameter("minViews", minViews)
                .getResultList();
            List<GroupStats> groups = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                groups.add(new GroupStats((Boolean) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).doubleValue(), ((Number) row[4]).intValue()));
            }
            return groups;
        });
    }

    @Override
    public List<?> cachedFindMany(int minViews) {
        EntityManagerFactory cached = this.cachedFactory;
        if (cached == null) {
            cached = factory(true);
            this.cachedFactory = cached;
        }
        return read(cached,
                (em) -> findMany(em, minViews).setHint(HibernateHints.HINT_CACHEABLE, true).getResultList());
    }

    @Override
    public boolean caches() {
        return true;
    }

    @Override
    public void close() {
        this.factory.close();
        if (this.cachedFactory != null) {
            this.cachedFactory.close();
        }
    }

    private static PostEntity post(int i, UserEntity author) {
        return new PostEntity("New post " + i, (i % 2 == 0) ? "Some content" : null, i % 3 != 0, i % 1000, 2.5, author);
    }

    private static <T> T read(EntityManagerFactory factory, Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            return work.apply(em);
        }
    }

    private <T> T write(Function<EntityManager, T> work) {
        try (EntityManager em = this.factory.createEntityManager()) {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                T result = work.apply(em);
                transaction.commit();
                return result;
            }
            catch (RuntimeException ex) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw ex;
            }
        }
    }

}
