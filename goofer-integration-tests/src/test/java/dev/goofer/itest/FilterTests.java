package dev.goofer.itest;

import java.time.Instant;
import java.util.List;

import dev.goofer.client.Where;
import dev.goofer.itest.db.Comment;
import dev.goofer.itest.db.CommentCreate;
import dev.goofer.itest.db.CommentFields;
import dev.goofer.itest.db.MembershipCreate;
import dev.goofer.itest.db.MembershipFields;
import dev.goofer.itest.db.Post;
import dev.goofer.itest.db.PostFields;
import dev.goofer.itest.db.PostWhereUnique;
import dev.goofer.itest.db.ProfileCreate;
import dev.goofer.itest.db.ProfileFields;
import dev.goofer.itest.db.Role;
import dev.goofer.itest.db.TagFields;
import dev.goofer.itest.db.TeamCreate;
import dev.goofer.itest.db.TeamFields;
import dev.goofer.itest.db.TeamWhereUnique;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserFields;
import dev.goofer.itest.db.UserWhereUnique;
import dev.goofer.types.Bytes;
import dev.goofer.types.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filters: every operator of every scalar type, combinators, case-insensitive mode,
 * relation filters through every relation kind at depth two, and Json filters.
 */
abstract class FilterTests extends ItestDatabase {

    static final Instant BORN = Instant.parse("1990-02-28T10:11:12.345Z");

    User ada;

    User bob;

    User cy;

    @BeforeEach
    void seed() {
        this.ada = user(UserCreate.builder()
            .email("ada@acme.com")
            .name("Ada Lovelace")
            .role(Role.ADMIN)
            .age(36)
            .score(9.5)
            .balance(decimal("1234.56"))
            .bigNumber(1L << 40)
            .birthday(BORN)
            .settings(Json.of("{\"theme\": \"dark mode\", \"langs\": [\"en\", \"fr\"], \"limits\": {\"daily\": 5}}"))
            .avatar(Bytes.fromHex("cafe01"))
            .profile((p) -> p.create(ProfileCreate.builder().bio("Poet of science").build())));
        this.bob = user(UserCreate.builder()
            .email("Bob_100%@Acme.com")
            .name("bob")
            .age(28)
            .score(-1.25)
            .balance(decimal("-0.01"))
            .bigNumber(-5L)
            .active(false)
            .birthday(BORN.plusSeconds(86_400))
            .settings(Json.of("{\"theme\": \"light\", \"langs\": [\"de\"]}"))
            .avatar(Bytes.fromHex("00"))
            .invitedBy((i) -> i.connect(UserWhereUnique.id(this.ada.id()))));
        this.cy = user(UserCreate.builder().email("cy@example.org").role(Role.GUEST));
        Post engines = post(this.ada, "Engines", 10, true, "java", "sql");
        post(this.ada, "Draft", 0, false);
        Post hello = post(this.bob, "Hello", 7, true, "java");
        comment(engines, "great", 3);
        comment(engines, "fine", 1);
        comment(hello, "meh", 0);
        int team = db.team().create(TeamCreate.builder().name("Core").region("eu").build()).execute().id();
        db.membership()
            .create(MembershipCreate.builder()
                .level(3)
                .user((u) -> u.connect(UserWhereUnique.id(this.ada.id())))
                .team((t) -> t.connect(TeamWhereUnique.id(team)))
                .build())
            .execute();
        statements.clear();
    }

    static void comment(Post post, String text, int likes) {
        db.comment()
            .create(CommentCreate.builder()
                .text(text)
                .likes(likes)
                .post((p) -> p.connect(PostWhereUnique.id(post.id())))
                .build())
            .execute();
    }

    // Sorted here: MariaDB's default collation orders without regard to case.
    static List<String> emails(Where<User> where) {
        return db.user().findMany().where(where).fetch().stream().map(User::email).sorted().toList();
    }

    static List<String> titles(Where<Post> where) {
        return db.post()
            .findMany()
            .where(where)
            .orderBy(PostFields.TITLE.asc())
            .fetch()
            .stream()
            .map(Post::title)
            .toList();
    }

    @Test
    void stringOperators() {
        assertThat(emails(UserFields.EMAIL.eq("ada@acme.com"))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.EMAIL.not("ada@acme.com"))).containsExactly("Bob_100%@Acme.com", "cy@example.org");
        assertThat(emails(UserFields.EMAIL.in("ada@acme.com", "cy@example.org"))).hasSize(2);
        assertThat(emails(UserFields.EMAIL.notIn("ada@acme.com"))).hasSize(2);
        assertThat(emails(UserFields.EMAIL.lt("c"))).containsExactly("Bob_100%@Acme.com", "ada@acme.com");
        assertThat(emails(UserFields.EMAIL.gte("c"))).containsExactly("cy@example.org");
        assertThat(emails(UserFields.EMAIL.contains("_100%"))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.EMAIL.contains("a_"))).isEmpty();
        assertThat(emails(UserFields.EMAIL.startsWith("ada"))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.EMAIL.endsWith(".org"))).containsExactly("cy@example.org");
        assertThat(emails(UserFields.NAME.isNull())).containsExactly("cy@example.org");
        assertThat(emails(UserFields.NAME.isNotNull())).hasSize(2);
        assertThat(emails(UserFields.NAME.not("bob"))).containsExactly("ada@acme.com");
    }

    @Test
    void insensitiveModeIgnoresCase() {
        assertThat(emails(UserFields.EMAIL.insensitive().startsWith("BOB"))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.EMAIL.insensitive().eq("bob_100%@acme.com"))).hasSize(1);
        assertThat(emails(UserFields.EMAIL.insensitive().contains("ACME"))).hasSize(2);
        assertThat(emails(UserFields.EMAIL.insensitive().endsWith("ACME.COM"))).hasSize(2);
        assertThat(emails(UserFields.NAME.insensitive().in("BOB", "ADA LOVELACE"))).hasSize(2);
    }

    @Test
    void numberOperatorsOnIntFloatDecimalAndBigInt() {
        assertThat(emails(UserFields.AGE.eq(36))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.AGE.not(36))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.AGE.gt(28))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.AGE.gte(28))).hasSize(2);
        assertThat(emails(UserFields.AGE.lt(36))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.AGE.lte(36))).hasSize(2);
        assertThat(emails(UserFields.AGE.in(28, 99))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.AGE.notIn(28))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.AGE.isNull())).containsExactly("cy@example.org");
        assertThat(emails(UserFields.SCORE.lt(0.0))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.SCORE.eq(9.5))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.BALANCE.gt(decimal("1000")))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.BALANCE.eq(decimal("-0.01")))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.BALANCE.in(decimal("1234.56"), decimal("7")))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.BIG_NUMBER.gte(1L << 40))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.BIG_NUMBER.lt(0L))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.BIG_NUMBER.isNotNull())).hasSize(2);
    }

    @Test
    void booleanEnumDateTimeAndBytesOperators() {
        assertThat(emails(UserFields.ACTIVE.eq(false))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.ACTIVE.not(false))).hasSize(2);
        assertThat(emails(UserFields.ROLE.eq(Role.MEMBER))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.ROLE.not(Role.MEMBER))).hasSize(2);
        assertThat(emails(UserFields.ROLE.in(Role.ADMIN, Role.GUEST))).containsExactly("ada@acme.com",
                "cy@example.org");
        assertThat(emails(UserFields.ROLE.notIn(Role.ADMIN))).hasSize(2);
        assertThat(emails(UserFields.BIRTHDAY.eq(BORN))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.BIRTHDAY.gt(BORN))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.BIRTHDAY.lte(BORN.plusSeconds(86_400)))).hasSize(2);
        assertThat(emails(UserFields.BIRTHDAY.in(BORN, BORN.plusSeconds(1)))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.CREATED_AT.lt(Instant.now().plusSeconds(3600)))).hasSize(3);
        assertThat(emails(UserFields.AVATAR.eq(Bytes.fromHex("cafe01")))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.AVATAR.not(Bytes.fromHex("cafe01")))).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.AVATAR.isNull())).containsExactly("cy@example.org");
    }

    @Test
    void andOrNotCombine() {
        assertThat(
                emails(Where.or(UserFields.ROLE.eq(Role.ADMIN), UserFields.NAME.eq("bob")).and(UserFields.AGE.gt(30))))
            .containsExactly("ada@acme.com");
        assertThat(emails(Where.and(UserFields.ACTIVE.eq(true), UserFields.AGE.isNull())))
            .containsExactly("cy@example.org");
        assertThat(emails(Where.not(Where.or(UserFields.ROLE.eq(Role.ADMIN), UserFields.ROLE.eq(Role.GUEST)))))
            .containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.AGE.gt(1).not())).isEmpty();
        assertThat(emails(Where.all())).hasSize(3);
        assertThat(emails(Where.and())).hasSize(3);
        assertThat(emails(Where.or())).isEmpty();
    }

    @Test
    void relationFiltersThroughEveryRelationKind() {
        assertThat(emails(UserFields.POSTS.some(PostFields.PUBLISHED.eq(true)))).containsExactly("Bob_100%@Acme.com",
                "ada@acme.com");
        assertThat(emails(UserFields.POSTS.every(PostFields.PUBLISHED.eq(true)))).containsExactly("Bob_100%@Acme.com",
                "cy@example.org");
        assertThat(emails(UserFields.POSTS.none(PostFields.PUBLISHED.eq(false)))).containsExactly("Bob_100%@Acme.com",
                "cy@example.org");
        assertThat(emails(UserFields.POSTS.none())).containsExactly("cy@example.org");
        assertThat(emails(UserFields.POSTS.some())).hasSize(2);
        assertThat(emails(UserFields.PROFILE.is(ProfileFields.BIO.contains("science"))))
            .containsExactly("ada@acme.com");
        assertThat(emails(UserFields.PROFILE.isNull())).hasSize(2);
        assertThat(emails(UserFields.INVITED_BY.is(UserFields.ROLE.eq(Role.ADMIN))))
            .containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.INVITED_BY.isNot(UserFields.ROLE.eq(Role.ADMIN)))).hasSize(2);
        assertThat(emails(UserFields.INVITED_BY.isNotNull())).containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.INVITEES.some(UserFields.ACTIVE.eq(false)))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.MEMBERSHIPS.some(MembershipFields.LEVEL.gte(3)))).containsExactly("ada@acme.com");
        assertThat(titles(PostFields.TAGS.some(TagFields.NAME.eq("sql")))).containsExactly("Engines");
        assertThat(titles(PostFields.TAGS.none())).containsExactly("Draft");
        assertThat(titles(PostFields.AUTHOR.is(UserFields.ACTIVE.eq(false)))).containsExactly("Hello");
        assertThat(titles(PostFields.AUTHOR.isNot(UserFields.ACTIVE.eq(false)))).containsExactly("Draft", "Engines");
    }

    @Test
    void everyFailsRelatedRecordsWhoseConditionIsNull() {
        db.post()
            .update(PostWhereUnique.id(db.post().findFirstOrThrow().where(PostFields.TITLE.eq("Draft")).fetch().id()),
                    dev.goofer.itest.db.PostUpdate.builder().rating(4.0).build())
            .execute();
        // Ada's posts: Engines (rating NULL) and Draft (4.0); Bob's: Hello (NULL); Cy has
        // none.
        assertThat(emails(UserFields.POSTS.every(PostFields.RATING.gt(3.0)))).containsExactly("cy@example.org");
        assertThat(emails(UserFields.POSTS.some(PostFields.RATING.gt(3.0)))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.POSTS.none(PostFields.RATING.gt(3.0)))).containsExactly("Bob_100%@Acme.com",
                "cy@example.org");
        assertThat(emails(UserFields.POSTS.every(Where.or(PostFields.RATING.gt(3.0), PostFields.RATING.isNull()))))
            .containsExactly("Bob_100%@Acme.com", "ada@acme.com", "cy@example.org");
        assertThat(emails(UserFields.POSTS.every(PostFields.TAGS.every(TagFields.NAME.not("sql")))))
            .containsExactly("Bob_100%@Acme.com", "cy@example.org");
        assertThat(emails(UserFields.POSTS.every(Where.all()))).hasSize(3);
    }

    @Test
    void relationFiltersNestTwoLevelsDeep() {
        assertThat(emails(UserFields.POSTS.some(PostFields.COMMENTS.some(CommentFields.LIKES.gte(3)))))
            .containsExactly("ada@acme.com");
        assertThat(emails(UserFields.POSTS.some(PostFields.COMMENTS.every(CommentFields.LIKES.gt(0)))))
            .containsExactly("ada@acme.com");
        assertThat(emails(UserFields.POSTS.every(PostFields.COMMENTS.none(CommentFields.LIKES.eq(0)))))
            .containsExactly("ada@acme.com", "cy@example.org");
        assertThat(emails(UserFields.POSTS.none(PostFields.TAGS.some(TagFields.NAME.eq("java")))))
            .containsExactly("cy@example.org");
        assertThat(emails(UserFields.MEMBERSHIPS.some(MembershipFields.TEAM.is(TeamFields.REGION.eq("eu")))))
            .containsExactly("ada@acme.com");
        assertThat(emails(UserFields.INVITED_BY.is(UserFields.PROFILE.is(ProfileFields.BIO.startsWith("Poet")))))
            .containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.INVITEES.some(UserFields.POSTS.some(PostFields.TITLE.eq("Hello")))))
            .containsExactly("ada@acme.com");
        List<Comment> comments = db.comment()
            .findMany()
            .where(CommentFields.POST.is(PostFields.AUTHOR.is(UserFields.ROLE.eq(Role.ADMIN))))
            .fetch();
        assertThat(comments).extracting(Comment::text).containsExactlyInAnyOrder("great", "fine");
        assertThat(db.team()
            .findMany()
            .where(TeamFields.MEMBERSHIPS.some(MembershipFields.USER.is(UserFields.EMAIL.startsWith("ada"))))
            .fetch()).hasSize(1);
    }

    @Test
    void jsonFiltersLookInsideValues() {
        assertThat(emails(UserFields.SETTINGS.path("theme").eq(Json.string("light"))))
            .containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.SETTINGS.path("limits", "daily").eq(Json.of("5"))))
            .containsExactly("ada@acme.com");
        assertThat(emails(UserFields.SETTINGS.path("theme").stringContains("mode"))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.SETTINGS.path("theme").stringStartsWith("li")))
            .containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.SETTINGS.path("theme").stringEndsWith("mode"))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.SETTINGS.path("langs").arrayContains(Json.of("[\"fr\"]"))))
            .containsExactly("ada@acme.com");
        assertThat(emails(UserFields.SETTINGS.path("langs", "0").eq(Json.string("de"))))
            .containsExactly("Bob_100%@Acme.com");
        assertThat(emails(UserFields.SETTINGS.path("theme").not(Json.string("light")))).containsExactly("ada@acme.com");
        assertThat(emails(UserFields.SETTINGS.isNull())).containsExactly("cy@example.org");
    }

}
