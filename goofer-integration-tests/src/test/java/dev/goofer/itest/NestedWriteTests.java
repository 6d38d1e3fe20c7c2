package dev.goofer.itest;

import java.util.List;

import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.itest.db.Comment;
import dev.goofer.itest.db.CommentCreate;
import dev.goofer.itest.db.CommentFields;
import dev.goofer.itest.db.Membership;
import dev.goofer.itest.db.MembershipCreate;
import dev.goofer.itest.db.MembershipFields;
import dev.goofer.itest.db.MembershipUpdate;
import dev.goofer.itest.db.MembershipWhereUnique;
import dev.goofer.itest.db.Post;
import dev.goofer.itest.db.PostCreate;
import dev.goofer.itest.db.PostFields;
import dev.goofer.itest.db.PostUpdate;
import dev.goofer.itest.db.PostWhereUnique;
import dev.goofer.itest.db.ProfileCreate;
import dev.goofer.itest.db.ProfileUpdate;
import dev.goofer.itest.db.Tag;
import dev.goofer.itest.db.TagCreate;
import dev.goofer.itest.db.TagFields;
import dev.goofer.itest.db.TagUpdate;
import dev.goofer.itest.db.TagWhereUnique;
import dev.goofer.itest.db.Team;
import dev.goofer.itest.db.TeamCreate;
import dev.goofer.itest.db.TeamWhereUnique;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserFields;
import dev.goofer.itest.db.UserUpdate;
import dev.goofer.itest.db.UserWhereUnique;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nested writes inside create and update through every relation kind: one-to-one,
 * one-to-many, implicit and explicit many-to-many and the self relation, each atomic with
 * its parent.
 */
abstract class NestedWriteTests extends ItestDatabase {

    static User withEverything(String email) {
        return db.user()
            .create(UserCreate.builder()
                .email(email)
                .profile((p) -> p.create(ProfileCreate.builder().bio("bio of " + email).build()))
                .posts((posts) -> posts
                    .create(PostCreate.builder()
                        .title("First")
                        .tags((tags) -> tags.create(TagCreate.builder().name(email + "-new").build())
                            .connectOrCreate(TagWhereUnique.name("shared"), TagCreate.builder().name("shared").build()))
                        .comments((c) -> c.create(CommentCreate.builder().text("nice").build()))
                        .build())
                    .createMany(List.of(PostCreate.builder().title("Second").views(2).build(),
                            PostCreate.builder().title("Third").views(3).build()), false))
                .memberships((m) -> m.create(MembershipCreate.builder()
                    .level(2)
                    .team((t) -> t.connectOrCreate(TeamWhereUnique.nameRegion("Core", "eu"),
                            TeamCreate.builder().name("Core").region("eu").build()))
                    .build()))
                .build())
            .include(
                    UserFields.POSTS.orderBy(PostFields.TITLE.asc())
                        .include(PostFields.TAGS.orderBy(TagFields.NAME.asc()), PostFields.COMMENTS),
                    UserFields.PROFILE, UserFields.MEMBERSHIPS.include(MembershipFields.TEAM))
            .execute();
    }

    @Test
    void nestedCreateWritesEveryRelationKindAndReadsTheRecordBack() {
        User ada = withEverything("ada@acme.com");
        assertThat(ada.posts()).extracting(Post::title).containsExactly("First", "Second", "Third");
        assertThat(ada.posts().get(0).tags()).extracting(Tag::name).containsExactly("ada@acme.com-new", "shared");
        assertThat(ada.posts().get(0).comments()).extracting(Comment::text).containsExactly("nice");
        assertThat(ada.profile()).hasValueSatisfying((p) -> assertThat(p.bio()).isEqualTo("bio of ada@acme.com"));
        assertThat(ada.memberships()).singleElement().satisfies((m) -> {
            assertThat(m.level()).isEqualTo(2);
            assertThat(m.team().name()).isEqualTo("Core");
        });
        User bob = withEverything("bob@acme.com");
        assertThat(bob.memberships().get(0).team().id()).isEqualTo(ada.memberships().get(0).team().id());
        assertThat(rows("Tag")).isEqualTo(3);
        assertThat(rows("_PostToTag")).isEqualTo(4);
        assertThat(rows("teams")).isEqualTo(1);
    }

    @Test
    void nestedCreateThroughTheSelfRelationAndForwardRelations() {
        User ada = user(UserCreate.builder()
            .email("ada@acme.com")
            .invitees((i) -> i.create(UserCreate.builder().email("bob@acme.com").build())
                .createMany(List.of(UserCreate.builder().email("cy@acme.com").build()), false)));
        User dee = user(UserCreate.builder()
            .email("dee@acme.com")
            .invitedBy((i) -> i.connect(UserWhereUnique.email("bob@acme.com"))));
        User eve = user(UserCreate.builder()
            .email("eve@acme.com")
            .invitedBy((i) -> i.create(UserCreate.builder().email("fay@acme.com").build())));
        assertThat(db.user().findMany().where(UserFields.INVITED_BY_ID.eq(ada.id())).fetch()).hasSize(2);
        assertThat(db.user()
            .findUniqueOrThrow(UserWhereUnique.id(dee.id()))
            .include(UserFields.INVITED_BY)
            .fetch()
            .invitedBy()).hasValueSatisfying((u) -> assertThat(u.email()).isEqualTo("bob@acme.com"));
        assertThat(eve.invitedById()).isNotNull();
        Comment comment = db.comment()
            .create(CommentCreate.builder()
                .text("hi")
                .post((p) -> p.create(PostCreate.builder()
                    .title("P")
                    .author((a) -> a.connectOrCreate(UserWhereUnique.email("new@acme.com"),
                            UserCreate.builder().email("new@acme.com").build()))
                    .build()))
                .build())
            .include(CommentFields.POST.include(PostFields.AUTHOR))
            .execute();
        assertThat(comment.post().author().email()).isEqualTo("new@acme.com");
        Membership membership = db.membership()
            .create(MembershipCreate.builder()
                .user((u) -> u.connect(UserWhereUnique.email("ada@acme.com")))
                .team((t) -> t.create(TeamCreate.builder().name("Web").region("us").build()))
                .build())
            .include(MembershipFields.USER, MembershipFields.TEAM)
            .execute();
        assertThat(membership.user().id()).isEqualTo(ada.id());
        assertThat(membership.team().name()).isEqualTo("Web");
    }

    @Test
    void nestedUpdateOfAOneToManyRelation() {
        User ada = withEverything("ada@acme.com");
        User bob = user(UserCreate.builder()
            .email("bob@acme.com")
            .posts((p) -> p.create(PostCreate.builder().title("Bob's").build())));
        String bobsPost = db.post().findFirstOrThrow().where(PostFields.TITLE.eq("Bob's")).fetch().id();
        String first = ada.posts().get(0).id();
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .posts((posts) -> posts.create(PostCreate.builder().title("Fourth").build())
                            .createMany(List.of(PostCreate.builder().title("Fifth").build()), true)
                            .connect(PostWhereUnique.id(bobsPost))
                            .update(PostWhereUnique.id(first), PostUpdate.builder().title("Renamed").build())
                            .updateMany(PostFields.VIEWS.gte(2), PostUpdate.builder().published(true).build())
                            .upsert(PostWhereUnique.id("missing"), PostCreate.builder().title("Upserted").build(),
                                    PostUpdate.builder().title("never").build())
                            .deleteMany(PostFields.TITLE.eq("Second")))
                        .build())
            .include(UserFields.POSTS.orderBy(PostFields.TITLE.asc()))
            .execute();
        assertThat(updated.posts()).extracting(Post::title)
            .containsExactly("Bob's", "Fifth", "Fourth", "Renamed", "Third", "Upserted");
        assertThat(updated.posts()).filteredOn(Post::published).extracting(Post::title).containsExactly("Third");
        db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .posts((posts) -> posts.delete(PostWhereUnique.id(first))
                            .upsert(PostWhereUnique.id(bobsPost), PostCreate.builder().title("never").build(),
                                    PostUpdate.builder().title("Moved").build()))
                        .build())
            .execute();
        assertThat(db.post().findMany().where(PostFields.AUTHOR_ID.eq(ada.id())).fetch()).extracting(Post::title)
            .containsExactlyInAnyOrder("Fifth", "Fourth", "Moved", "Third", "Upserted");
        assertThat(db.post().count().where(PostFields.AUTHOR_ID.eq(bob.id())).fetch()).isZero();
        assertThat(db.comment().count().fetch()).isZero();
    }

    @Test
    void nestedUpdateOfAnOptionalOneToManyRelationConnectsDisconnectsAndSets() {
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        user(UserCreate.builder().email("bob@acme.com"));
        user(UserCreate.builder().email("cy@acme.com"));
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .invitees((i) -> i.connect(UserWhereUnique.email("bob@acme.com"))
                            .connect(UserWhereUnique.email("cy@acme.com")))
                        .build())
            .include(UserFields.INVITEES.orderBy(UserFields.EMAIL.asc()))
            .execute();
        assertThat(updated.invitees()).extracting(User::email).containsExactly("bob@acme.com", "cy@acme.com");
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder().invitees((i) -> i.disconnect(UserWhereUnique.email("bob@acme.com"))).build())
            .include(UserFields.INVITEES)
            .execute();
        assertThat(updated.invitees()).extracting(User::email).containsExactly("cy@acme.com");
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder().invitees((i) -> i.set(UserWhereUnique.email("bob@acme.com"))).build())
            .include(UserFields.INVITEES)
            .execute();
        assertThat(updated.invitees()).extracting(User::email).containsExactly("bob@acme.com");
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()), UserUpdate.builder().invitees((i) -> i.set()).build())
            .include(UserFields.INVITEES)
            .execute();
        assertThat(updated.invitees()).isEmpty();
        assertThat(rows("users")).isEqualTo(3);
    }

    @Test
    void nestedUpdateOfAnImplicitManyToManyRelation() {
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        Post post = post(ada, "Tagged", 1, true, "a", "b");
        db.tag().create(TagCreate.builder().name("c").build()).execute();
        Post updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder()
                        .tags((tags) -> tags.disconnect(TagWhereUnique.name("a"))
                            .connect(TagWhereUnique.name("c"))
                            .connectOrCreate(TagWhereUnique.name("d"), TagCreate.builder().name("d").build())
                            .create(TagCreate.builder().name("e").build()))
                        .build())
            .include(PostFields.TAGS.orderBy(TagFields.NAME.asc()))
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("b", "c", "d", "e");
        updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder()
                        .tags((tags) -> tags.update(TagWhereUnique.name("b"), TagUpdate.builder().name("bee").build())
                            .updateMany(TagFields.NAME.in("c", "zz"), TagUpdate.builder().name("x").build())
                            .upsert(TagWhereUnique.name("f"), TagCreate.builder().name("f").build(),
                                    TagUpdate.builder().name("never").build()))
                        .build())
            .include(PostFields.TAGS.orderBy(TagFields.NAME.asc()))
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("bee", "d", "e", "f", "x");
        updated = db.post()
            .update(PostWhereUnique.id(post.id()), PostUpdate.builder()
                .tags((tags) -> tags.delete(TagWhereUnique.name("bee")).deleteMany(TagFields.NAME.startsWith("x")))
                .build())
            .include(PostFields.TAGS.orderBy(TagFields.NAME.asc()))
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("d", "e", "f");
        assertThat(db.tag().findMany().fetch()).extracting(Tag::name).containsExactlyInAnyOrder("a", "d", "e", "f");
        updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder().tags((tags) -> tags.set(TagWhereUnique.name("a"))).build())
            .include(PostFields.TAGS)
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("a");
        assertThat(rows("_PostToTag")).isEqualTo(1);
    }

    @Test
    void nestedUpdateOfAnExplicitManyToManyRelationWithACompoundId() {
        User ada = withEverything("ada@acme.com");
        Team core = db.team().findUniqueOrThrow(TeamWhereUnique.nameRegion("Core", "eu")).fetch();
        Team web = db.team().create(TeamCreate.builder().name("Web").region("us").build()).execute();
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .memberships((m) -> m
                            .update(MembershipWhereUnique.userIdTeamId(ada.id(), core.id()),
                                    MembershipUpdate.builder().level(9).build())
                            .upsert(MembershipWhereUnique.userIdTeamId(ada.id(), web.id()),
                                    MembershipCreate.builder()
                                        .level(4)
                                        .team((t) -> t.connect(TeamWhereUnique.id(web.id())))
                                        .build(),
                                    MembershipUpdate.builder().level(5).build()))
                        .build())
            .include(UserFields.MEMBERSHIPS.orderBy(MembershipFields.LEVEL.asc()))
            .execute();
        assertThat(updated.memberships()).extracting(Membership::level).containsExactly(4, 9);
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .memberships((m) -> m
                            .updateMany(MembershipFields.LEVEL.lt(5), MembershipUpdate.builder().level(1).build())
                            .delete(MembershipWhereUnique.userIdTeamId(ada.id(), core.id())))
                        .build())
            .include(UserFields.MEMBERSHIPS)
            .execute();
        assertThat(updated.memberships()).extracting(Membership::level).containsExactly(1);
        db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder().memberships((m) -> m.deleteMany(MembershipFields.LEVEL.gte(0))).build())
            .execute();
        assertThat(rows("memberships")).isZero();
        assertThat(rows("teams")).isEqualTo(2);
    }

    @Test
    void nestedUpdateOfOneToOneRelations() {
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        User bob = user(UserCreate.builder().email("bob@acme.com"));
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .profile((p) -> p.upsert(ProfileCreate.builder().bio("created").build(),
                                ProfileUpdate.builder().bio("updated").build()))
                        .invitedBy((i) -> i.connect(UserWhereUnique.id(bob.id())))
                        .build())
            .include(UserFields.PROFILE, UserFields.INVITED_BY)
            .execute();
        assertThat(updated.profile().orElseThrow().bio()).isEqualTo("created");
        assertThat(updated.invitedBy().orElseThrow().email()).isEqualTo("bob@acme.com");
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .profile((p) -> p.upsert(ProfileCreate.builder().bio("created").build(),
                                ProfileUpdate.builder().bio("updated").build()))
                        .invitedBy((i) -> i.update(UserUpdate.builder().name("Bob").build()))
                        .build())
            .include(UserFields.PROFILE, UserFields.INVITED_BY)
            .execute();
        assertThat(updated.profile().orElseThrow().bio()).isEqualTo("updated");
        assertThat(updated.invitedBy().orElseThrow().name()).isEqualTo("Bob");
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .profile((p) -> p.update(ProfileUpdate.builder().bio("again").build()))
                        .invitedBy((i) -> i.disconnect())
                        .build())
            .include(UserFields.PROFILE, UserFields.INVITED_BY)
            .execute();
        assertThat(updated.profile().orElseThrow().bio()).isEqualTo("again");
        assertThat(updated.invitedBy()).isEmpty();
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .profile((p) -> p.delete())
                        .invitedBy((i) -> i.upsert(UserCreate.builder().email("cy@acme.com").build(),
                                UserUpdate.builder().name("never").build()))
                        .build())
            .include(UserFields.PROFILE, UserFields.INVITED_BY)
            .execute();
        assertThat(updated.profile()).isEmpty();
        assertThat(updated.invitedBy().orElseThrow().email()).isEqualTo("cy@acme.com");
        assertThat(rows("profiles")).isZero();
        Post post = post(ada, "P", 0, false);
        Post moved = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder()
                        .author((a) -> a.connectOrCreate(UserWhereUnique.email("dee@acme.com"),
                                UserCreate.builder().email("dee@acme.com").build()))
                        .build())
            .include(PostFields.AUTHOR)
            .execute();
        assertThat(moved.author().email()).isEqualTo("dee@acme.com");
        db.user().delete(UserWhereUnique.email("bob@acme.com")).execute();
        assertThat(db.user().count().fetch()).isEqualTo(3);
    }

    @Test
    void failedNestedWritesLeaveNothingBehind() {
        user(UserCreate.builder().email("taken@acme.com"));
        assertThatThrownBy(() -> db.user()
            .create(UserCreate.builder()
                .email("ada@acme.com")
                .profile((p) -> p.create(ProfileCreate.builder().bio("b").build()))
                .posts((posts) -> posts.create(PostCreate.builder()
                    .title("P")
                    .tags((t) -> t.create(TagCreate.builder().name("fresh").build()))
                    .build()))
                .invitees((i) -> i.create(UserCreate.builder().email("taken@acme.com").build()))
                .build())
            .execute()).isInstanceOf(UniqueConstraintViolationException.class);
        assertThatThrownBy(() -> db.user()
            .create(UserCreate.builder()
                .email("ada@acme.com")
                .posts((posts) -> posts.create(PostCreate.builder().title("P").build()))
                .memberships((m) -> m
                    .create(MembershipCreate.builder().team((t) -> t.connect(TeamWhereUnique.id(4242))).build()))
                .build())
            .execute()).isInstanceOf(RecordNotFoundException.class).hasMessageContaining("Team");
        assertThat(rows("users")).isEqualTo(1);
        assertThat(rows("posts")).isZero();
        assertThat(rows("profiles")).isZero();
        assertThat(rows("Tag")).isZero();
        assertThat(rows("_PostToTag")).isZero();
        User ada = withEverything("ada@acme.com");
        assertThatThrownBy(() -> db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .name("changed")
                        .posts((posts) -> posts.deleteMany(PostFields.VIEWS.gte(0))
                            .create(PostCreate.builder().title("New").build()))
                        .profile((p) -> p.update(ProfileUpdate.builder().bio("changed").build()))
                        .email("taken@acme.com")
                        .build())
            .execute()).isInstanceOf(UniqueConstraintViolationException.class);
        User unchanged = db.user()
            .findUniqueOrThrow(UserWhereUnique.id(ada.id()))
            .include(UserFields.POSTS, UserFields.PROFILE)
            .fetch();
        assertThat(unchanged.name()).isNull();
        assertThat(unchanged.posts()).hasSize(3);
        assertThat(unchanged.profile().orElseThrow().bio()).isEqualTo("bio of ada@acme.com");
        assertThatThrownBy(() -> db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .posts((posts) -> posts.deleteMany(PostFields.VIEWS.gte(0))
                            .update(PostWhereUnique.id("missing"), PostUpdate.builder().title("x").build()))
                        .build())
            .execute()).isInstanceOf(RecordNotFoundException.class).hasMessageContaining("Post");
        assertThat(db.post().count().fetch()).isEqualTo(3);
    }

}
