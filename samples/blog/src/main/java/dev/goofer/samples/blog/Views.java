package dev.goofer.samples.blog;

import java.time.Instant;
import java.util.List;

import dev.goofer.samples.blog.db.Comment;
import dev.goofer.samples.blog.db.Post;
import dev.goofer.samples.blog.db.Tag;
import dev.goofer.samples.blog.db.User;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the API reads and writes. Generated records throw when a relation that was not
 * included is read, so the API maps them to views saying what they carry.
 */
final class Views {

    private Views() {
    }

    record UserView(int id, String email, @Nullable String name, Instant createdAt, @Nullable List<PostView> posts) {

        static UserView of(User user) {
            return new UserView(user.id(), user.email(), user.name(), user.createdAt(), null);
        }

        static UserView withPosts(User user) {
            return new UserView(user.id(), user.email(), user.name(), user.createdAt(),
                    user.posts().stream().map((post) -> PostView.of(post, false, true, false)).toList());
        }

    }

    record PostView(int id, String title, @Nullable String content, boolean published, int views, Instant createdAt,
            int authorId, @Nullable UserView author, @Nullable List<String> tags,
            @Nullable List<CommentView> comments) {

        static PostView of(Post post, boolean author, boolean tags, boolean comments) {
            return new PostView(post.id(), post.title(), post.content(), post.published(), post.views(),
                    post.createdAt(), post.authorId(), author ? UserView.of(post.author()) : null,
                    tags ? post.tags().stream().map(Tag::name).toList() : null,
                    comments ? post.comments().stream().map(CommentView::of).toList() : null);
        }

    }

    record CommentView(int id, String body, Instant createdAt, int authorId) {

        static CommentView of(Comment comment) {
            return new CommentView(comment.id(), comment.body(), comment.createdAt(), comment.authorId());
        }

    }

    record TagView(int id, String name) {

        static TagView of(Tag tag) {
            return new TagView(tag.id(), tag.name());
        }

    }

    record NewUser(String email, @Nullable String name) {

    }

    record UserChange(@Nullable String email, @Nullable String name) {

    }

    record NewPost(int authorId, String title, @Nullable String content, @Nullable Boolean published,
            @Nullable List<String> tags) {

    }

    record PostChange(@Nullable String title, @Nullable String content, @Nullable Boolean published) {

    }

    record NewComment(int authorId, String body) {

    }

    record Signup(String email, @Nullable String name, String firstPostTitle) {

    }

}
