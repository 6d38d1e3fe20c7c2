package dev.goofer.benchmarks.workload;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One way of running the workloads: each implementation is what a user of that library
 * would write. Every contender reads and writes the same tables; results are materialized
 * into objects (records, entities or mapped classes) so that no contender skips mapping.
 */
public interface Contender extends AutoCloseable {

    /**
     * Find a user by id.
     * @param id the id
     * @return the user, or {@code null} if there is none
     */
    @Nullable Object findUnique(int id);

    /**
     * Find the 100 published posts with at least the given views, most viewed first (then
     * by id).
     * @param minViews the least views
     * @return the posts
     */
    List<?> findMany(int minViews);

    /**
     * Find the 100 first active users from an id on, by id, each with their posts by id,
     * without a query per user.
     * @param firstId the first id
     * @return the users with their posts
     */
    List<?> findManyWithPosts(int firstId);

    /**
     * Create a user with 10 posts in one transaction.
     * @param email the new user's email
     * @return the new user's id
     */
    int nestedCreate(String email);

    /**
     * Create posts in one transaction, batched.
     * @param authorId the author of every post
     * @param count how many posts
     * @return how many were created
     */
    long createMany(int authorId, int count);

    /**
     * Set the views of the posts of 10 consecutive authors (100 posts).
     * @param firstAuthorId the first author's id
     * @param views the new views
     * @return how many posts were updated
     */
    long updateMany(int firstAuthorId, int views);

    /**
     * Count, sum views, average rating and maximum views of posts with at least the given
     * views, grouped by publication state.
     * @param minViews the least views
     * @return one group per publication state, unpublished first
     */
    List<?> groupBy(int minViews);

    /**
     * Run {@link #findMany(int)} through the contender's cache of query results, or
     * uncached where it has none.
     * @param minViews the least views
     * @return the posts
     */
    List<?> cachedFindMany(int minViews);

    /**
     * Whether {@link #cachedFindMany(int)} uses a cache.
     * @return whether it caches
     */
    boolean caches();

    @Override
    void close();

}
