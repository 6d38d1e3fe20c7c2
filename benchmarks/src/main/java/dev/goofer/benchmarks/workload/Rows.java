package dev.goofer.benchmarks.workload;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The values the contenders without generated types (JDBC, jOOQ) map rows to.
 */
public final class Rows {

    private Rows() {
    }

    /**
     * A user.
     *
     * @param id the id
     * @param email the email
     * @param name the name
     * @param age the age
     * @param active whether active
     * @param score the score
     */
    public record UserRow(int id, String email, String name, int age, boolean active, double score) {
    }

    /**
     * A post.
     *
     * @param id the id
     * @param title the title
     * @param content the content
     * @param published whether published
     * @param views the views
     * @param rating the rating
     * @param authorId the author's id
     */
    public record PostRow(int id, String title, @Nullable String content, boolean published, int views, double rating,
            int authorId) {
    }

    /**
     * A user with their posts.
     *
     * @param user the user
     * @param posts the posts, by id
     */
    public record UserWithPosts(UserRow user, List<PostRow> posts) {
    }

    /**
     * The posts of one publication state, aggregated.
     *
     * @param published the publication state
     * @param count the number of posts
     * @param sumViews the sum of their views
     * @param avgRating the average rating
     * @param maxViews the largest views
     */
    public record GroupStats(boolean published, long count, long sumViews, double avgRating, int maxViews) {
    }

}
