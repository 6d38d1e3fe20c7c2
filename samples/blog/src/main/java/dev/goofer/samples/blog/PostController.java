package dev.goofer.samples.blog;

import java.util.List;

import dev.goofer.client.Where;
import dev.goofer.samples.blog.Views.CommentView;
import dev.goofer.samples.blog.Views.NewComment;
import dev.goofer.samples.blog.Views.NewPost;
import dev.goofer.samples.blog.Views.PostChange;
import dev.goofer.samples.blog.Views.PostView;
import dev.goofer.samples.blog.db.CommentCreate;
import dev.goofer.samples.blog.db.CommentFields;
import dev.goofer.samples.blog.db.GooferClient;
import dev.goofer.samples.blog.db.Post;
import dev.goofer.samples.blog.db.PostCreate;
import dev.goofer.samples.blog.db.PostFields;
import dev.goofer.samples.blog.db.PostUpdate;
import dev.goofer.samples.blog.db.PostWhereUnique;
import dev.goofer.samples.blog.db.TagCreate;
import dev.goofer.samples.blog.db.TagFields;
import dev.goofer.samples.blog.db.TagWhereUnique;
import dev.goofer.samples.blog.db.UserWhereUnique;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/posts}: posts with their author, tags and comments, filtered by tag, author
 * or publication, and their comments.
 */
@RestController
@RequestMapping("/api/posts")
class PostController {

    private final GooferClient db;

    PostController(GooferClient db) {
        this.db = db;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PostView create(@RequestBody NewPost post) {
        PostCreate.Builder create = PostCreate.builder()
            .title(post.title())
            .content(post.content())
            .published(Boolean.TRUE.equals(post.published()))
            .author((author) -> author.connect(UserWhereUnique.id(post.authorId())));
        if (post.tags() != null && !post.tags().isEmpty()) {
            create.tags((tags) -> post.tags()
                .forEach((name) -> tags.connectOrCreate(TagWhereUnique.name(name),
                        TagCreate.builder().name(name).build())));
        }
        Post created = this.db.post().create(create.build()).include(PostFields.AUTHOR, PostFields.TAGS).execute();
        return PostView.of(created, true, true, false);
    }

    @GetMapping
    List<PostView> list(@RequestParam(required = false) @Nullable Boolean published,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable Integer authorId, @RequestParam(defaultValue = "50") int take) {
        Where<Post> where = Where.all();
        if (published != null) {
            where = where.and(PostFields.PUBLISHED.eq(published));
        }
        if (tag != null) {
            where = where.and(PostFields.TAGS.some(TagFields.NAME.eq(tag)));
        }
        if (authorId != null) {
            where = where.and(PostFields.AUTHOR_ID.eq(authorId));
        }
        return this.db.post()
            .findMany()
            .where(where)
            .include(PostFields.AUTHOR, PostFields.TAGS.orderBy(TagFields.NAME.asc()))
            .orderBy(PostFields.CREATED_AT.desc(), PostFields.ID.desc())
            .take(take)
            .fetch()
            .stream()
            .map((post) -> PostView.of(post, true, true, false))
            .toList();
    }

    @GetMapping("/{id}")
    PostView get(@PathVariable int id) {
        Post post = this.db.post()
            .findUniqueOrThrow(PostWhereUnique.id(id))
            .include(PostFields.AUTHOR, PostFields.TAGS.orderBy(TagFields.NAME.asc()),
                    PostFields.COMMENTS.orderBy(CommentFields.ID.asc()))
            .fetch();
        return PostView.of(post, true, true, true);
    }

    @PatchMapping("/{id}")
    PostView update(@PathVariable int id, @RequestBody PostChange change) {
        PostUpdate.Builder update = PostUpdate.builder();
        if (change.title() != null) {
            update.title(change.title());
        }
        if (change.content() != null) {
            update.content(change.content());
        }
        if (change.published() != null) {
            update.published(change.published());
        }
        return PostView.of(this.db.post().update(PostWhereUnique.id(id), update.build()).execute(), false, false,
                false);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable int id) {
        this.db.post().delete(PostWhereUnique.id(id)).execute();
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    CommentView comment(@PathVariable int id, @RequestBody NewComment comment) {
        return CommentView.of(this.db.comment()
            .create(CommentCreate.builder()
                .body(comment.body())
                .post((post) -> post.connect(PostWhereUnique.id(id)))
                .author((author) -> author.connect(UserWhereUnique.id(comment.authorId())))
                .build())
            .execute());
    }

}
