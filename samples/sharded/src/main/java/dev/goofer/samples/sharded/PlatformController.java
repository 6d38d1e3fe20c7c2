package dev.goofer.samples.sharded;

import java.util.List;

import dev.goofer.samples.sharded.Views.BlogView;
import dev.goofer.samples.sharded.Views.CountryView;
import dev.goofer.samples.sharded.Views.NewBlog;
import dev.goofer.samples.sharded.Views.NewComment;
import dev.goofer.samples.sharded.Views.NewCountry;
import dev.goofer.samples.sharded.Views.NewPost;
import dev.goofer.samples.sharded.Views.PostView;
import dev.goofer.samples.sharded.Views.Stats;
import dev.goofer.samples.sharded.db.AuditEntryCreate;
import dev.goofer.samples.sharded.db.Blog;
import dev.goofer.samples.sharded.db.BlogCreate;
import dev.goofer.samples.sharded.db.BlogFields;
import dev.goofer.samples.sharded.db.BlogWhereUnique;
import dev.goofer.samples.sharded.db.CommentCreate;
import dev.goofer.samples.sharded.db.CountryCreate;
import dev.goofer.samples.sharded.db.CountryFields;
import dev.goofer.samples.sharded.db.GooferClient;
import dev.goofer.samples.sharded.db.PostCreate;
import dev.goofer.samples.sharded.db.PostFields;
import dev.goofer.samples.sharded.db.PostWhereUnique;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's API. Writes of a blog's data go to its shard; lists without a blog id
 * fan out to every shard and are merged; countries are written to every shard.
 */
@RestController
@RequestMapping("/api")
class PlatformController {

    private final GooferClient db;

    PlatformController(GooferClient db) {
        this.db = db;
    }

    @PostMapping("/countries")
    @ResponseStatus(HttpStatus.CREATED)
    CountryView createCountry(@RequestBody NewCountry country) {
        return CountryView.of(this.db.country()
            .create(CountryCreate.builder().code(country.code()).name(country.name()).build())
            .execute());
    }

    @GetMapping("/countries")
    List<CountryView> countries() {
        return this.db.country()
            .findMany()
            .orderBy(CountryFields.CODE.asc())
            .fetch()
            .stream()
            .map(CountryView::of)
            .toList();
    }

    @PostMapping("/blogs")
    @ResponseStatus(HttpStatus.CREATED)
    BlogView createBlog(@RequestBody NewBlog blog) {
        Blog created = this.db.blog()
            .create(BlogCreate.builder().id(blog.id()).name(blog.name()).countryCode(blog.countryCode()).build())
            .execute();
        this.db.auditEntry()
            .create(AuditEntryCreate.builder().message("Blog " + blog.id() + " created").build())
            .execute();
        return BlogView.of(created);
    }

    @GetMapping("/blogs")
    List<BlogView> blogs(@RequestParam(defaultValue = "100") int take) {
        return this.db.blog()
            .findMany()
            .orderBy(BlogFields.ID.asc())
            .take(take)
            .fetch()
            .stream()
            .map(BlogView::of)
            .toList();
    }

    @GetMapping("/blogs/{id}")
    BlogView blog(@PathVariable int id) {
        return BlogView.withPosts(this.db.blog()
            .findUniqueOrThrow(BlogWhereUnique.id(id))
            .include(BlogFields.COUNTRY, BlogFields.POSTS.orderBy(PostFields.CREATED_AT.asc(), PostFields.ID.asc()))
            .fetch());
    }

    @PostMapping("/blogs/{id}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    PostView createPost(@PathVariable int id, @RequestBody NewPost post) {
        return PostView.of(this.db.post()
            .create(PostCreate.builder()
                .title(post.title())
                .body(post.body())
                .published(Boolean.TRUE.equals(post.published()))
                .blog((blog) -> blog.connect(BlogWhereUnique.id(id)))
                .build())
            .execute());
    }

    @PostMapping("/blogs/{id}/import")
    @ResponseStatus(HttpStatus.CREATED)
    List<PostView> importPosts(@PathVariable int id, @RequestBody List<NewPost> posts) {
        return this.db.transaction((tx) -> posts.stream().map((post) -> {
            if (post.title().isBlank()) {
                throw new IllegalArgumentException("Every imported post needs a title");
            }
            return PostView.of(tx.post()
                .create(PostCreate.builder()
                    .blog((blog) -> blog.connect(BlogWhereUnique.id(id)))
                    .title(post.title())
                    .body(post.body())
                    .published(Boolean.TRUE.equals(post.published()))
                    .build())
                .execute());
        }).toList());
    }

    @PostMapping("/blogs/{id}/posts/{postId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    void comment(@PathVariable int id, @PathVariable String postId, @RequestBody NewComment comment) {
        this.db.comment()
            .create(CommentCreate.builder()
                .body(comment.body())
                .post((post) -> post.connect(PostWhereUnique.blogIdId(id, postId)))
                .build())
            .execute();
    }

    @GetMapping("/posts")
    List<PostView> posts(@RequestParam(defaultValue = "true") boolean published,
            @RequestParam(defaultValue = "20") int take) {
        return this.db.post()
            .findMany()
            .where(PostFields.PUBLISHED.eq(published))
            .orderBy(PostFields.CREATED_AT.desc(), PostFields.TITLE.asc())
            .take(take)
            .fetch()
            .stream()
            .map(PostView::of)
            .toList();
    }

    @GetMapping("/stats")
    Stats stats() {
        return new Stats(this.db.blog().count().fetch(), this.db.post().count().fetch(),
                this.db.post().count().where(PostFields.PUBLISHED.eq(true)).fetch(), this.db.comment().count().fetch());
    }

}
