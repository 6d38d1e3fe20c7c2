package dev.goofer.benchmarks.workload;

import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/**
 * MyBatis's mapper; its statements are in {@code BenchMapper.xml}.
 */
public interface BenchMapper {

    /**
     * Find a user by id.
     * @param id the id
     * @return the user
     */
    MyBatisRows.@Nullable User findUnique(int id);

    /**
     * Find the 100 most viewed posts in a publication state from some views on.
     * @param published the publication state
     * @param minViews the least views
     * @return the posts
     */
    List<MyBatisRows.Post> findMany(@Param("published") boolean published, @Param("minViews") int minViews);

    /**
     * {@link #findMany(boolean, int)} through the namespace's cache.
     * @param published the publication state
     * @param minViews the least views
     * @return the posts
     */
    List<MyBatisRows.Post> cachedFindMany(@Param("published") boolean published, @Param("minViews") int minViews);

    /**
     * Find 100 users from an id on, with their posts, in one joined query.
     * @param active the active state
     * @param firstId the first id
     * @return the users
     */
    List<MyBatisRows.User> findManyWithPosts(@Param("active") boolean active, @Param("firstId") int firstId);

    /**
     * Insert a user and set its generated id.
     * @param user the user
     * @return the rows inserted
     */
    int insertUser(MyBatisRows.User user);

    /**
     * Insert a post.
     * @param post the post
     * @return the rows inserted
     */
    int insertPost(MyBatisRows.Post post);

    /**
     * Insert posts in one multi-row statement.
     * @param posts the posts
     * @return the rows inserted
     */
    int insertPosts(@Param("posts") List<MyBatisRows.Post> posts);

    /**
     * Set the views of the posts of a range of authors.
     * @param views the views
     * @param first the first author
     * @param last the last author
     * @return the rows updated
     */
    int updateViews(@Param("views") int views, @Param("first") int first, @Param("last") int last);

    /**
     * Aggregate posts by publication state.
     * @param minViews the least views
     * @return the groups
     */
    List<MyBatisRows.Group> groupBy(@Param("minViews") int minViews);

}
