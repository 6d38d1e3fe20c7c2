package dev.goofer.samples.sharded;

import java.time.Instant;
import java.util.List;

import dev.goofer.samples.sharded.db.Blog;
import dev.goofer.samples.sharded.db.Country;
import dev.goofer.samples.sharded.db.Post;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the API reads and writes.
 */
final class Views {

    private Views() {
    }

    record CountryView(String code, String name) {

        static CountryView of(Country country) {
            return new CountryView(country.code(), country.name());
        }

    }

    record BlogView(int id, String name, @Nullable String countryCode, @Nullable CountryView country, Instant createdAt,
            @Nullable List<PostView> posts) {

        static BlogView of(Blog blog) {
            return new BlogView(blog.id(), blog.name(), blog.countryCode(), null, blog.createdAt(), null);
        }

        static BlogView withPosts(Blog blog) {
            return new BlogView(blog.id(), blog.name(), blog.countryCode(),
                    blog.country().map(CountryView::of).orElse(null), blog.createdAt(),
                    blog.posts().stream().map(PostView::of).toList());
        }

    }

    record PostView(int blogId, String id, String title, @Nullable String body, boolean published, Instant createdAt) {

        static PostView of(Post post) {
            return new PostView(post.blogId(), post.id(), post.title(), post.body(), post.published(),
                    post.createdAt());
        }

    }

    record Stats(long blogs, long posts, long publishedPosts, long comments) {

    }

    record NewCountry(String code, String name) {

    }

    record NewBlog(int id, String name, @Nullable String countryCode) {

    }

    record NewPost(String title, @Nullable String body, @Nullable Boolean published) {

    }

    record NewComment(String body) {

    }

}
