package dev.goofer.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The classes MyBatis maps rows to, field by field.
 */
public final class MyBatisRows {

    private MyBatisRows() {
    }

    /**
     * A user, with the posts when they are joined in.
     */
    public static final class User {

        @Nullable Integer id;

        String email = "";

        String name = "";

        int age;

        boolean active;

        double score;

        List<Post> posts = new ArrayList<>();

        /**
         * Return the id.
         * @return the id
         */
        public @Nullable Integer getId() {
            return this.id;
        }

        /**
         * Return the posts.
         * @return the posts
         */
        public List<Post> getPosts() {
            return this.posts;
        }

    }

    /**
     * A post.
     */
    public static final class Post {

        @Nullable Integer id;

        String title = "";

        @Nullable String content;

        boolean published;

        int views;

        double rating;

        int authorId;

        /**
         * Return the id.
         * @return the id
         */
        public @Nullable Integer getId() {
            return this.id;
        }

    }

    /**
     * The posts of one publication state, aggregated.
     */
    public static final class Group {

        boolean published;

        long postCount;

        long sumViews;

        double avgRating;

        int maxViews;

        /**
         * Return the number of posts.
         * @return the count
         */
        public long getPostCount() {
            return this.postCount;
        }

    }

}
