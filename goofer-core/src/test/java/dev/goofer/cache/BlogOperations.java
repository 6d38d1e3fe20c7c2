package dev.goofer.cache;

import java.util.List;
import java.util.Set;

import dev.goofer.execution.QueryOptions;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileUpdate;
import dev.goofer.fixture.blog.ProfileWhereUnique;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserUpdate;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.query.Operation;

/**
 * Operations of the blog fixture, built with the typed client as applications build them.
 */
final class BlogOperations {

    static final QueryOptions CACHED = QueryOptions.DEFAULT.withCache(null);

    private static final GooferClient db = new GooferClient(new FakeDatabase());

    private BlogOperations() {
    }

    static Operation<?> user(int id) {
        return db.user().findUnique(UserWhereUnique.id(id)).operation();
    }

    static Operation<?> users() {
        return db.user().findMany().operation();
    }

    static Operation<?> usersWithPosts() {
        return db.user().findMany().include(UserFields.POSTS).operation();
    }

    static Operation<?> usersWithPostCounts() {
        return db.user().findMany().include(UserFields.POSTS.count()).operation();
    }

    static Operation<?> usersByPostCount() {
        return db.user().findMany().orderBy(UserFields.POSTS.count().desc()).operation();
    }

    static Operation<?> usersWritingAbout(String tag) {
        return db.user()
            .findMany()
            .where(UserFields.POSTS.some(PostFields.TAGS.some(TagFields.NAME.eq(tag))))
            .operation();
    }

    static Operation<?> postsByAuthorName() {
        return db.post().findMany().orderBy(PostFields.AUTHOR.orderBy(UserFields.NAME.asc())).operation();
    }

    static Operation<?> postCount() {
        return db.post().count().operation();
    }

    static Operation<?> profiles() {
        return db.profile().findMany().operation();
    }

    static Operation<?> tags() {
        return db.tag().findMany().operation();
    }

    static Operation<?> createTag(String name) {
        return db.tag().create(TagCreate.builder().name(name).build()).operation();
    }

    static Operation<?> connectTag(int post, String tag) {
        return db.post()
            .update(PostWhereUnique.id(post),
                    PostUpdate.builder().tags((tags) -> tags.connect(TagWhereUnique.name(tag))).build())
            .operation();
    }

    static Operation<?> renameUser(int id, String name) {
        return db.user().update(UserWhereUnique.id(id), UserUpdate.builder().name(name).build()).operation();
    }

    static Operation<?> deleteUser(int id) {
        return db.user().delete(UserWhereUnique.id(id)).operation();
    }

    static Operation<?> updateProfile(int id, String bio) {
        return db.profile().update(ProfileWhereUnique.id(id), ProfileUpdate.builder().bio(bio).build()).operation();
    }

    static Operation<?> rawQuery(String sql, String... models) {
        return new Operation.RawQuery(sql, List.of(), Set.of(models), null);
    }

    static Operation<?> rawExecute(String sql, String... models) {
        return new Operation.RawExecute(sql, List.of(), Set.of(models));
    }

}
