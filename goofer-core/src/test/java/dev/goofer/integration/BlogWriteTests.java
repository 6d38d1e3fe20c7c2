package dev.goofer.integration;

import java.util.List;

import dev.goofer.client.NumberOperation;
import dev.goofer.execution.ForeignKeyViolationException;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.PostUpdate;
import dev.goofer.fixture.blog.PostWhereUnique;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.ProfileUpdate;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.Tag;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserUpdate;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writes: creates, updates, upserts and deletes, with nested writes through every kind of
 * relation, and the errors they raise.
 */
abstract class BlogWriteTests extends BlogDatabase {

    private static long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + quote(table), Long.class);
        return (count != null) ? count : 0;
    }

    @Test
    void nestedCreateWritesEveryRelationKindAndReadsTheRecordBack() {
        User user = db.user()
            .create(UserCreate.builder()
                .email("ada@acme.com")
                .profile((profile) -> profile.create(ProfileCreate.builder().bio("Engines").build()))
                .posts((posts) -> posts
                    .create(PostCreate.builder()
                        .title("First")
                        .tags((tags) -> tags.create(TagCreate.builder().name("java").build()))
                        .build())
                    .createMany(List.of(PostCreate.builder().title("Second").build(),
                            PostCreate.builder().title("Third").build()), false))
                .build())
            .include(UserFields.POSTS.orderBy(PostFields.TITLE.asc()).include(PostFields.TAGS), UserFields.PROFILE)
            .execute();
        assertThat(user.posts()).extracting(Post::title).containsExactly("First", "Second", "Third");
        assertThat(user.posts().get(0).tags()).extracting(Tag::name).containsExactly("java");
        assertThat(user.profile()).hasValueSatisfying((profile) -> assertThat(profile.bio()).isEqualTo("Engines"));
        assertThat(count("_PostToTag")).isEqualTo(1);
    }

    @Test
    void createReturnsTheInsertedRowWithDatabaseDefaultsWhereTheDatabaseSupportsReturning() {
        statements.clear();
        User created = db.user()
            .create(UserCreate.builder()
                .email("grace@acme.com")
                .posts((posts) -> posts.createMany(
                        List.of(PostCreate.builder().title("One").build(), PostCreate.builder().title("Two").build()),
                        false))
                .build())
            .execute();
        // The insert returns the row: no read after the nested writes, except without
        // RETURNING.
        assertThat(statements).hasSize((kind == DatabaseKind.MYSQL) ? 3 : 2);
        assertThat(created.role()).isEqualTo(Role.USER);
        assertThat(created.createdAt()).isNotNull();
        assertThat(db.user().findUnique(UserWhereUnique.email("grace@acme.com")).fetch()).contains(created);
        assertThat(count("Post")).isEqualTo(2);
    }

    @Test
    void createWithoutARequiredForeignKeyNamesModelAndFields() {
        assertThatThrownBy(() -> db.post().create(PostCreate.builder().title("Orphan").build()).execute())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Post")
            .hasMessageContaining("authorId");
        assertThat(count("Post")).isZero();
    }

    @Test
    void connectingAMissingRecordFailsAndLeavesNothingBehind() {
        assertThatThrownBy(() -> db.user()
            .create(UserCreate.builder()
                .email("ada@acme.com")
                .posts((posts) -> posts.connect(PostWhereUnique.id(4242)))
                .build())
            .execute()).isInstanceOf(RecordNotFoundException.class).hasMessageContaining("Post");
        assertThat(count("User")).isZero();
    }

    @Test
    void failingNestedWriteRollsBackTheWholeCreate() {
        user("taken@acme.com", "Taken", Role.USER);
        assertThatThrownBy(() -> db.post()
            .create(PostCreate.builder()
                .title("P")
                .author((author) -> author.create(UserCreate.builder().email("taken@acme.com").build()))
                .tags((tags) -> tags.create(TagCreate.builder().name("fresh").build()))
                .build())
            .execute()).isInstanceOf(UniqueConstraintViolationException.class);
        assertThat(count("Tag")).isZero();
        assertThat(count("Post")).isZero();
    }

    @Test
    void uniqueViolationsNameTheModelAndFields() {
        user("ada@acme.com", "Ada", Role.USER);
        assertThatThrownBy(() -> user("ada@acme.com", "Other", Role.USER))
            .isInstanceOfSatisfying(UniqueConstraintViolationException.class, (ex) -> {
                assertThat(ex.getModel()).isEqualTo("User");
                assertThat(ex.getFields()).containsExactly("email");
            })
            .hasMessageContaining("User")
            .hasMessageContaining("create");
    }

    @Test
    void foreignKeyViolationsAreDataIntegrityViolations() {
        User ada = user("ada@acme.com", "Ada", Role.USER);
        post(ada, "Kept", 1, true);
        assertThatThrownBy(() -> db.user().delete(UserWhereUnique.id(ada.id())).execute())
            .isInstanceOf(ForeignKeyViolationException.class)
            .hasMessageContaining("User")
            .hasMessageContaining("delete");
        assertThatThrownBy(() -> db.post().create(PostCreate.builder().title("X").authorId(987654).build()).execute())
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void updateAppliesAtomicOperationsAndFailsForMissingRecords() {
        User ada = user("ada@acme.com", "Ada", Role.USER);
        Post post = post(ada, "Counting", 10, false);
        Post updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder().views(NumberOperation.increment(5)).published(true).build())
            .execute();
        assertThat(updated.views()).isEqualTo(15);
        assertThat(updated.published()).isTrue();
        updated = db.post()
            .update(PostWhereUnique.id(post.id()), PostUpdate.builder().views(NumberOperation.multiply(2)).build())
            .execute();
        assertThat(updated.views()).isEqualTo(30);
        updated = db.post()
            .update(PostWhereUnique.id(post.id()), PostUpdate.builder().views(NumberOperation.divide(4)).build())
            .execute();
        assertThat(updated.views()).isEqualTo(7);
        updated = db.post()
            .update(PostWhereUnique.id(post.id()), PostUpdate.builder().views(NumberOperation.decrement(2)).build())
            .execute();
        assertThat(updated.views()).isEqualTo(5);
        assertThatThrownBy(() -> db.post()
            .update(PostWhereUnique.id(post.id() + 1000), PostUpdate.builder().title("x").build())
            .execute()).isInstanceOf(RecordNotFoundException.class).hasMessageContaining("Post");
    }

    @Test
    void nestedUpdateWritesThroughManyToManyRelations() {
        User ada = user("ada@acme.com", "Ada", Role.USER);
        Post post = post(ada, "Tagged", 1, true, "a", "b");
        db.tag().create(TagCreate.builder().name("c").build()).execute();
        Post updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder()
                        .tags((tags) -> tags.disconnect(TagWhereUnique.name("a")).connect(TagWhereUnique.name("c")))
                        .build())
            .include(PostFields.TAGS.orderBy(TagFields.NAME.asc()))
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("b", "c");
        updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder().tags((tags) -> tags.set(TagWhereUnique.name("a"))).build())
            .include(PostFields.TAGS)
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("a");
        updated = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder()
                        .tags((tags) -> tags.update(TagWhereUnique.name("a"),
                                dev.goofer.fixture.blog.TagUpdate.builder().name("renamed").build()))
                        .build())
            .include(PostFields.TAGS)
            .execute();
        assertThat(updated.tags()).extracting(Tag::name).containsExactly("renamed");
        db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder().tags((tags) -> tags.deleteMany(TagFields.NAME.startsWith("re"))).build())
            .execute();
        assertThat(db.tag().findMany().fetch()).extracting(Tag::name).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void nestedUpdateWritesThroughBackRelations() {
        User ada = user("ada@acme.com", "Ada", Role.USER);
        Post first = post(ada, "First", 1, false);
        post(ada, "Second", 2, false);
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()), UserUpdate.builder()
                .posts((posts) -> posts.updateMany(PostFields.VIEWS.gt(1), PostUpdate.builder().published(true).build())
                    .update(PostWhereUnique.id(first.id()), PostUpdate.builder().title("Renamed").build())
                    .create(PostCreate.builder().title("Third").build()))
                .profile((profile) -> profile.create(ProfileCreate.builder().bio("Hi").build()))
                .build())
            .include(UserFields.POSTS.orderBy(PostFields.ID.asc()), UserFields.PROFILE)
            .execute();
        assertThat(updated.posts()).extracting(Post::title).containsExactly("Renamed", "Second", "Third");
        assertThat(updated.posts()).extracting(Post::published).containsExactly(false, true, false);
        assertThat(updated.profile()).isPresent();
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()), UserUpdate.builder()
                .profile((profile) -> profile.update(ProfileUpdate.builder().bio("Updated").build()))
                .posts((posts) -> posts.deleteMany(PostFields.TITLE.eq("Third")).delete(PostWhereUnique.id(first.id())))
                .build())
            .include(UserFields.POSTS, UserFields.PROFILE)
            .execute();
        assertThat(updated.posts()).extracting(Post::title).containsExactly("Second");
        assertThat(updated.profile().orElseThrow().bio()).isEqualTo("Updated");
        db.user()
            .update(UserWhereUnique.id(ada.id()), UserUpdate.builder().profile((profile) -> profile.delete()).build())
            .execute();
        assertThat(count("Profile")).isZero();
    }

    @Test
    void nestedWritesThroughForwardRelationsMoveTheForeignKey() {
        User ada = user("ada@acme.com", "Ada", Role.USER);
        User bob = user("bob@acme.com", "Bob", Role.USER);
        Post post = post(ada, "Moving", 1, false);
        Post moved = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder().author((author) -> author.connect(UserWhereUnique.id(bob.id()))).build())
            .execute();
        assertThat(moved.authorId()).isEqualTo(bob.id());
        moved = db.post()
            .update(PostWhereUnique.id(post.id()),
                    PostUpdate.builder()
                        .author((author) -> author.update(UserUpdate.builder().name("Robert").build()))
                        .build())
            .include(PostFields.AUTHOR)
            .execute();
        assertThat(moved.author().name()).isEqualTo("Robert");
    }

    @Test
    void upsertCreatesThenUpdates() {
        User created = db.user()
            .upsert(UserWhereUnique.email("ada@acme.com"),
                    UserCreate.builder().email("ada@acme.com").name("Ada").build(),
                    UserUpdate.builder().name("Ada Lovelace").build())
            .execute();
        assertThat(created.name()).isEqualTo("Ada");
        User updated = db.user()
            .upsert(UserWhereUnique.email("ada@acme.com"),
                    UserCreate.builder().email("ada@acme.com").name("Ada").build(),
                    UserUpdate.builder().name("Ada Lovelace").build())
            .execute();
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Ada Lovelace");
        User nested = db.user()
            .upsert(UserWhereUnique.email("ada@acme.com"), UserCreate.builder().email("ada@acme.com").build(),
                    UserUpdate.builder()
                        .posts((posts) -> posts.create(PostCreate.builder().title("Up").build()))
                        .build())
            .include(UserFields.POSTS)
            .execute();
        assertThat(nested.posts()).extracting(Post::title).containsExactly("Up");
    }

    @Test
    void deleteReturnsTheRecordAsItWas() {
        User ada = user("ada@acme.com", "Ada", Role.ADMIN);
        User deleted = db.user().delete(UserWhereUnique.email("ada@acme.com")).execute();
        assertThat(deleted.id()).isEqualTo(ada.id());
        assertThat(deleted.role()).isEqualTo(Role.ADMIN);
        assertThat(count("User")).isZero();
        assertThatThrownBy(() -> db.user().delete(UserWhereUnique.id(ada.id())).execute())
            .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void manyVariantsReturnCounts() {
        long created = db.user()
            .createMany(List.of(UserCreate.builder().email("a@x.org").build(),
                    UserCreate.builder().email("b@x.org").build()))
            .execute();
        assertThat(created).isEqualTo(2);
        long skipped = db.user()
            .createMany(List.of(UserCreate.builder().email("a@x.org").build(),
                    UserCreate.builder().email("c@x.org").build()))
            .skipDuplicates()
            .execute();
        assertThat(skipped).isEqualTo(1);
        long updated = db.user()
            .updateMany(UserUpdate.builder().role(Role.ADMIN).build())
            .where(UserFields.EMAIL.in("a@x.org", "b@x.org"))
            .execute();
        assertThat(updated).isEqualTo(2);
        User a = db.user().findUniqueOrThrow(UserWhereUnique.email("a@x.org")).fetch();
        post(a, "Mine", 1, true);
        long deleted = db.user().deleteMany().where(UserFields.POSTS.none()).execute();
        assertThat(deleted).isEqualTo(2);
        assertThat(count("User")).isEqualTo(1);
    }

    @Test
    void nestedCreateManySkipsDuplicates() {
        User ada = user("ada@acme.com", "Ada", Role.USER);
        long before = count("Post");
        db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .posts((posts) -> posts.createMany(List.of(PostCreate.builder().title("A").build(),
                                PostCreate.builder().title("B").build()), true))
                        .build())
            .execute();
        assertThat(count("Post")).isEqualTo(before + 2);
    }

    @Test
    void replacingARequiredOneToOneRecordViolatesTheRelation() {
        User ada = db.user()
            .create(UserCreate.builder()
                .email("ada@acme.com")
                .profile((profile) -> profile.create(ProfileCreate.builder().bio("First").build()))
                .build())
            .execute();
        assertThatThrownBy(() -> db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .profile((profile) -> profile.create(ProfileCreate.builder().bio("Second").build()))
                        .build())
            .execute()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("required relation");
        assertThat(count("Profile")).isEqualTo(1);
    }

}
