package dev.goofer.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.goofer.client.GroupRow;
import dev.goofer.client.NumberOperation;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.ProfileFields;
import dev.goofer.fixture.blog.ProfileUpdate;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserUpdate;
import dev.goofer.fixture.blog.UserWhereUnique;

/**
 * The reads and writes of the randomized cache test, over small value domains so that
 * reads repeat (and hit) and writes collide with them: six users, four tags, and posts
 * that come and go. Every read has a total order, so two reads of the same data are
 * equal.
 */
final class BlogWorkload {

    static final int USERS = 6;

    static final int TAGS = 4;

    private BlogWorkload() {
    }

    /** A read that runs with or without the cache. */
    @FunctionalInterface
    interface Read {

        Object fetch(GooferClient client, boolean cache);

    }

    /** A write through the cached client; {@code uncached} only picks existing rows. */
    @FunctionalInterface
    interface Write {

        void run(GooferClient cached, GooferClient uncached, Random random);

    }

    static String email(int user) {
        return "u" + user + "@x.org";
    }

    static String tag(int tag) {
        return "t" + tag;
    }

    static List<Read> reads(String joinTable) {
        List<Read> reads = new ArrayList<>(List.of((client, cache) -> {
            var query = client.user()
                .findMany()
                .include(UserFields.POSTS.orderBy(PostFields.ID.asc())
                    .include(PostFields.TAGS.orderBy(TagFields.ID.asc())), UserFields.PROFILE)
                .orderBy(UserFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.user().findMany().include(UserFields.POSTS.count()).orderBy(UserFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.user().findMany().orderBy(UserFields.POSTS.count().desc(), UserFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.post()
                .findMany()
                .orderBy(PostFields.AUTHOR.orderBy(UserFields.EMAIL.asc()), PostFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.tag()
                .findMany()
                .include(TagFields.POSTS.orderBy(PostFields.ID.asc()))
                .orderBy(TagFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.profile().findMany().orderBy(ProfileFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.post().count();
            return cache ? query.cache().fetch() : query.fetch();
        }, (client, cache) -> {
            var query = client.post().aggregate().count().sum(PostFields.VIEWS);
            return (cache ? query.cache().fetch() : query.fetch()).asMap();
        }, (client, cache) -> {
            var query = client.post().groupBy(PostFields.PUBLISHED).count().orderBy(PostFields.PUBLISHED.asc());
            return (cache ? query.cache(null) : query).fetch().stream().map(GroupRow::asMap).toList();
        }, (client, cache) -> {
            var query = client.queryRaw("SELECT COUNT(*) AS n FROM " + joinTable).models("Post", "Tag");
            return (cache ? query.cache(Duration.ofMinutes(5)) : query).fetch().get(0).values().toString();
        }, (client, cache) -> {
            var query = client.post()
                .findMany()
                .where(PostFields.PUBLISHED.eq(true))
                .include(PostFields.TAGS.count())
                .orderBy(PostFields.ID.asc());
            return cache ? query.cache().fetch() : query.fetch();
        }));
        for (int user = 0; user < USERS; user++) {
            String email = email(user);
            reads.add((client, cache) -> {
                var query = client.user().findUnique(UserWhereUnique.email(email)).include(UserFields.PROFILE);
                return cache ? query.cache().fetch() : query.fetch();
            });
        }
        for (int tag = 0; tag < TAGS; tag++) {
            String name = tag(tag);
            reads.add((client, cache) -> {
                var query = client.user()
                    .findMany()
                    .where(UserFields.POSTS.some(PostFields.TAGS.some(TagFields.NAME.eq(name))))
                    .orderBy(UserFields.ID.asc());
                return cache ? query.cache().fetch() : query.fetch();
            });
        }
        return List.copyOf(reads);
    }

    static List<Write> writes(String postTable) {
        return List.of(BlogWorkload::createUser, BlogWorkload::renameUser, BlogWorkload::createPost,
                BlogWorkload::createPost, BlogWorkload::connectTag, BlogWorkload::disconnectTag,
                BlogWorkload::updateViews, BlogWorkload::deletePost, BlogWorkload::deleteUser,
                BlogWorkload::upsertProfile, BlogWorkload::toggleTag,
                (cached, uncached, random) -> cached.executeRaw("UPDATE " + postTable + " SET views = views + 1")
                    .models("Post")
                    .execute());
    }

    private static void createUser(GooferClient cached, GooferClient uncached, Random random) {
        UserCreate.Builder user = UserCreate.builder()
            .email(email(random.nextInt(USERS)))
            .name("n" + random.nextInt(3));
        if (random.nextBoolean()) {
            user.profile((profile) -> profile.create(ProfileCreate.builder().bio("b" + random.nextInt(3)).build()));
        }
        cached.user().create(user.build()).execute();
    }

    private static void renameUser(GooferClient cached, GooferClient uncached, Random random) {
        cached.user()
            .updateMany(UserUpdate.builder().name("n" + random.nextInt(3)).build())
            .where(UserFields.EMAIL.eq(email(random.nextInt(USERS))))
            .execute();
    }

    private static void createPost(GooferClient cached, GooferClient uncached, Random random) {
        String author = email(random.nextInt(USERS));
        int tags = random.nextInt(3);
        cached.post()
            .create(PostCreate.builder()
                .title("p" + random.nextInt(5))
                .views(random.nextInt(10))
                .published(random.nextBoolean())
                .author((a) -> a.connect(UserWhereUnique.email(author)))
                .tags((t) -> {
                    for (int i = 0; i < tags; i++) {
                        String name = tag(random.nextInt(TAGS));
                        t.connectOrCreate(TagWhereUnique.name(name), TagCreate.builder().name(name).build());
                    }
                })
                .build())
            .execute();
    }

    private static int somePost(GooferClient uncached, Random random) {
        List<Post> posts = uncached.post().findMany().orderBy(PostFields.ID.asc()).fetch();
        return posts.isEmpty() ? 0 : posts.get(random.nextInt(posts.size())).id();
    }

    private static void connectTag(GooferClient cached, GooferClient uncached, Random random) {
        String name = tag(random.nextInt(TAGS));
        cached.post()
            .update(PostWhereUnique.id(somePost(uncached, random)), PostUpdate.builder()
                .tags((t) -> t.connectOrCreate(TagWhereUnique.name(name), TagCreate.builder().name(name).build()))
                .build())
            .execute();
    }

    private static void disconnectTag(GooferClient cached, GooferClient uncached, Random random) {
        cached.post()
            .update(PostWhereUnique.id(somePost(uncached, random)),
                    PostUpdate.builder()
                        .tags((t) -> t.disconnect(TagWhereUnique.name(tag(random.nextInt(TAGS)))))
                        .build())
            .execute();
    }

    private static void updateViews(GooferClient cached, GooferClient uncached, Random random) {
        cached.post()
            .update(PostWhereUnique.id(somePost(uncached, random)),
                    PostUpdate.builder()
                        .views(NumberOperation.increment(1 + random.nextInt(5)))
                        .published(random.nextBoolean())
                        .build())
            .execute();
    }

    private static void deletePost(GooferClient cached, GooferClient uncached, Random random) {
        cached.post().delete(PostWhereUnique.id(somePost(uncached, random))).execute();
    }

    private static void deleteUser(GooferClient cached, GooferClient uncached, Random random) {
        String email = email(random.nextInt(USERS));
        cached.user()
            .update(UserWhereUnique.email(email),
                    UserUpdate.builder().posts((posts) -> posts.deleteMany(PostFields.VIEWS.gte(0))).build())
            .execute();
        cached.user().delete(UserWhereUnique.email(email)).execute();
    }

    private static void upsertProfile(GooferClient cached, GooferClient uncached, Random random) {
        String bio = "b" + random.nextInt(3);
        cached.user()
            .update(UserWhereUnique.email(email(random.nextInt(USERS))),
                    UserUpdate.builder()
                        .profile((profile) -> profile.upsert(ProfileCreate.builder().bio(bio).build(),
                                ProfileUpdate.builder().bio(bio).build()))
                        .build())
            .execute();
    }

    private static void toggleTag(GooferClient cached, GooferClient uncached, Random random) {
        String name = tag(random.nextInt(TAGS));
        if (random.nextBoolean()) {
            cached.tag().delete(TagWhereUnique.name(name)).execute();
        }
        else {
            cached.tag().create(TagCreate.builder().name(name).build()).execute();
        }
    }

}
