package dev.goofer.itest;

import java.util.List;

import dev.goofer.client.Selection;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.itest.db.Comment;
import dev.goofer.itest.db.CommentCreate;
import dev.goofer.itest.db.CommentFields;
import dev.goofer.itest.db.Membership;
import dev.goofer.itest.db.MembershipCreate;
import dev.goofer.itest.db.MembershipFields;
import dev.goofer.itest.db.MembershipWhereUnique;
import dev.goofer.itest.db.Post;
import dev.goofer.itest.db.PostFields;
import dev.goofer.itest.db.PostWhereUnique;
import dev.goofer.itest.db.ProfileCreate;
import dev.goofer.itest.db.Role;
import dev.goofer.itest.db.Tag;
import dev.goofer.itest.db.TagFields;
import dev.goofer.itest.db.Team;
import dev.goofer.itest.db.TeamCreate;
import dev.goofer.itest.db.TeamFields;
import dev.goofer.itest.db.TeamWhereUnique;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserFields;
import dev.goofer.itest.db.UserWhereUnique;
import dev.goofer.query.OrderBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads: unique and first finds, ordering, paging, cursors, distinct, selections,
 * includes with their own arguments, relation counts and the statements they cost.
 */
abstract class ReadTests extends ItestDatabase {

    User ada;

    User bob;

    User cy;

    Team core;

    Post engines;

    Post notes;

    Post hello;

    @BeforeEach
    void seed() {
        this.ada = user(UserCreate.builder().email("ada@acme.com").name("Ada").role(Role.ADMIN).age(36));
        this.bob = user(UserCreate.builder()
            .email("bob@acme.com")
            .name("Bob")
            .age(28)
            .invitedBy((i) -> i.connect(UserWhereUnique.id(this.ada.id())))
            .profile((p) -> p.create(ProfileCreate.builder().bio("Builder").build())));
        this.cy = user(UserCreate.builder()
            .email("cy@acme.com")
            .role(Role.GUEST)
            .invitedBy((i) -> i.connect(UserWhereUnique.id(this.ada.id()))));
        this.engines = post(this.ada, "Engines", 10, true, "java", "sql");
        this.notes = post(this.ada, "Notes", 5, false, "java");
        this.hello = post(this.bob, "Hello", 7, true);
        comment(this.engines, "great", 3);
        comment(this.engines, "meh", 0);
        comment(this.hello, "hi", 1);
        this.core = db.team().create(TeamCreate.builder().name("Core").region("eu").build()).execute();
        Team web = db.team().create(TeamCreate.builder().name("Web").region("us").build()).execute();
        member(this.ada, this.core, 3);
        member(this.bob, this.core, 1);
        member(this.bob, web, 2);
        statements.clear();
    }

    static Comment comment(Post post, String text, int likes) {
        return db.comment()
            .create(CommentCreate.builder()
                .text(text)
                .likes(likes)
                .post((p) -> p.connect(PostWhereUnique.id(post.id())))
                .build())
            .execute();
    }

    static Membership member(User user, Team team, int level) {
        return db.membership()
            .create(MembershipCreate.builder()
                .level(level)
                .user((u) -> u.connect(UserWhereUnique.id(user.id())))
                .team((t) -> t.connect(TeamWhereUnique.id(team.id())))
                .build())
            .execute();
    }

    @Test
    void findUniqueReadsByIdUniqueFieldCompoundUniqueAndCompoundId() {
        assertThat(db.user().findUnique(UserWhereUnique.id(this.ada.id())).fetch().map(User::email))
            .hasValue("ada@acme.com");
        assertThat(db.user().findUnique(UserWhereUnique.email("bob@acme.com")).fetch().map(User::name)).hasValue("Bob");
        assertThat(db.user().findUnique(UserWhereUnique.email("nobody@acme.com")).fetch()).isEmpty();
        assertThat(db.team().findUnique(TeamWhereUnique.nameRegion("Core", "eu")).fetch().map(Team::id))
            .hasValue(this.core.id());
        assertThat(db.team().findUnique(TeamWhereUnique.code(this.core.code())).fetch()).isPresent();
        assertThat(db.membership()
            .findUniqueOrThrow(MembershipWhereUnique.userIdTeamId(this.ada.id(), this.core.id()))
            .fetch()
            .level()).isEqualTo(3);
    }

    @Test
    void orThrowVariantsRaiseRecordNotFoundNamingTheModel() {
        assertThat(db.user().findUniqueOrThrow(UserWhereUnique.email("cy@acme.com")).fetch().id())
            .isEqualTo(this.cy.id());
        assertThatThrownBy(() -> db.user().findUniqueOrThrow(UserWhereUnique.email("nobody@acme.com")).fetch())
            .isInstanceOf(RecordNotFoundException.class)
            .hasMessageContaining("User");
        assertThatThrownBy(() -> db.team().findFirstOrThrow().where(TeamFields.REGION.eq("mars")).fetch())
            .isInstanceOf(RecordNotFoundException.class)
            .hasMessageContaining("Team");
        assertThat(db.post()
            .findFirstOrThrow()
            .where(PostFields.VIEWS.lt(8))
            .orderBy(PostFields.VIEWS.desc())
            .fetch()
            .title()).isEqualTo("Hello");
    }

    @Test
    void findFirstTakesTheFirstInTheOrdering() {
        assertThat(db.post().findFirst().orderBy(PostFields.VIEWS.asc()).fetch().map(Post::title)).hasValue("Notes");
        assertThat(db.post()
            .findFirst()
            .where(PostFields.PUBLISHED.eq(true))
            .orderBy(PostFields.TITLE.desc())
            .fetch()
            .map(Post::title)).hasValue("Hello");
        assertThat(db.post().findFirst().where(PostFields.VIEWS.gt(100)).fetch()).isEmpty();
    }

    @Test
    void orderingTakesSeveralKeysAndNullPlacement() {
        assertThat(
                db.user().findMany().orderBy(UserFields.NAME.asc(OrderBy.Nulls.FIRST), UserFields.EMAIL.desc()).fetch())
            .extracting(User::email)
            .containsExactly("cy@acme.com", "ada@acme.com", "bob@acme.com");
        assertThat(db.user().findMany().orderBy(UserFields.NAME.asc(OrderBy.Nulls.LAST)).fetch())
            .extracting(User::email)
            .containsExactly("ada@acme.com", "bob@acme.com", "cy@acme.com");
        assertThat(db.user().findMany().orderBy(UserFields.AGE.desc(OrderBy.Nulls.FIRST)).fetch())
            .extracting(User::email)
            .containsExactly("cy@acme.com", "ada@acme.com", "bob@acme.com");
        assertThat(
                db.user().findMany().orderBy(UserFields.ACTIVE.desc(), UserFields.AGE.asc(OrderBy.Nulls.LAST)).fetch())
            .extracting(User::email)
            .containsExactly("bob@acme.com", "ada@acme.com", "cy@acme.com");
    }

    @Test
    void orderingFollowsToOneRelationsAndRelationCounts() {
        assertThat(db.post()
            .findMany()
            .orderBy(PostFields.AUTHOR.orderBy(UserFields.EMAIL.desc()), PostFields.TITLE.asc())
            .fetch()).extracting(Post::title).containsExactly("Hello", "Engines", "Notes");
        assertThat(db.user().findMany().orderBy(UserFields.POSTS.count().desc(), UserFields.EMAIL.asc()).fetch())
            .extracting(User::email)
            .containsExactly("ada@acme.com", "bob@acme.com", "cy@acme.com");
        assertThat(db.user()
            .findMany()
            .orderBy(UserFields.INVITED_BY.orderBy(UserFields.NAME.asc(OrderBy.Nulls.FIRST)), UserFields.EMAIL.desc())
            .fetch()).extracting(User::email).containsExactly("ada@acme.com", "cy@acme.com", "bob@acme.com");
        assertThat(db.membership()
            .findMany()
            .orderBy(MembershipFields.TEAM.orderBy(TeamFields.NAME.desc()), MembershipFields.LEVEL.desc())
            .fetch()).extracting(Membership::level).containsExactly(2, 3, 1);
    }

    @Test
    void takeSkipAndNegativeTakePage() {
        assertThat(db.post().findMany().orderBy(PostFields.VIEWS.asc()).skip(1).take(1).fetch()).extracting(Post::title)
            .containsExactly("Hello");
        assertThat(db.post().findMany().orderBy(PostFields.VIEWS.asc()).take(-2).fetch()).extracting(Post::title)
            .containsExactly("Hello", "Engines");
        assertThat(db.post().findMany().orderBy(PostFields.VIEWS.asc()).skip(1).take(-1).fetch())
            .extracting(Post::title)
            .containsExactly("Hello");
        assertThat(db.post().findMany().orderBy(PostFields.VIEWS.asc()).skip(5).fetch()).isEmpty();
    }

    @Test
    void cursorPagesForwardAndBackwardFromTheCursorRecord() {
        assertThat(db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .cursor(PostWhereUnique.id(this.hello.id()))
            .fetch()).extracting(Post::title).containsExactly("Hello", "Engines");
        assertThat(db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .cursor(PostWhereUnique.id(this.hello.id()))
            .skip(1)
            .take(5)
            .fetch()).extracting(Post::title).containsExactly("Engines");
        assertThat(db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .cursor(PostWhereUnique.id(this.hello.id()))
            .take(-2)
            .fetch()).extracting(Post::title).containsExactly("Notes", "Hello");
        assertThat(db.membership()
            .findMany()
            .orderBy(MembershipFields.LEVEL.desc())
            .cursor(MembershipWhereUnique.userIdTeamId(this.bob.id(), this.core.id()))
            .fetch()).extracting(Membership::level).containsExactly(1);
        assertThat(db.post().findMany().cursor(PostWhereUnique.id("missing")).fetch()).isEmpty();
    }

    @Test
    void cursorPagesOverNullableOrderingKeys() {
        assertThat(db.user()
            .findMany()
            .orderBy(UserFields.AGE.asc(OrderBy.Nulls.FIRST))
            .cursor(UserWhereUnique.id(this.bob.id()))
            .fetch()).extracting(User::email).containsExactly("bob@acme.com", "ada@acme.com");
        assertThat(db.user()
            .findMany()
            .orderBy(UserFields.AGE.asc(OrderBy.Nulls.FIRST))
            .cursor(UserWhereUnique.id(this.cy.id()))
            .fetch()).extracting(User::email).containsExactly("cy@acme.com", "bob@acme.com", "ada@acme.com");
        assertThat(db.user()
            .findMany()
            .orderBy(UserFields.AGE.desc(OrderBy.Nulls.FIRST))
            .cursor(UserWhereUnique.id(this.ada.id()))
            .take(-2)
            .fetch()).extracting(User::email).containsExactly("cy@acme.com", "ada@acme.com");
        assertThat(db.user()
            .findMany()
            .orderBy(UserFields.NAME.desc(OrderBy.Nulls.LAST), UserFields.AGE.asc(OrderBy.Nulls.LAST))
            .cursor(UserWhereUnique.id(this.bob.id()))
            .skip(1)
            .fetch()).extracting(User::email).containsExactly("ada@acme.com", "cy@acme.com");
        assertThatThrownBy(() -> db.post()
            .findMany()
            .orderBy(PostFields.AUTHOR.orderBy(UserFields.EMAIL.asc()))
            .cursor(PostWhereUnique.id(this.hello.id()))
            .fetch()).isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("cursor")
            .hasMessageContaining("Post");
        for (User at : List.of(this.ada, this.bob, this.cy)) {
            for (dev.goofer.client.Order<User> order : List.of(UserFields.AGE.asc(), UserFields.AGE.desc(),
                    UserFields.NAME.asc())) {
                List<Integer> all = db.user().findMany().orderBy(order).fetch().stream().map(User::id).toList();
                List<Integer> fromCursor = db.user()
                    .findMany()
                    .orderBy(order)
                    .cursor(UserWhereUnique.id(at.id()))
                    .fetch()
                    .stream()
                    .map(User::id)
                    .toList();
                assertThat(fromCursor).as("cursor at %s ordered by %s", at.email(), order)
                    .containsExactlyElementsOf(all.subList(all.indexOf(at.id()), all.size()));
            }
        }
    }

    @Test
    void distinctKeepsTheFirstRecordOfEachValue() {
        assertThat(db.post().findMany().orderBy(PostFields.VIEWS.desc()).distinct(PostFields.AUTHOR_ID).fetch())
            .extracting(Post::title)
            .containsExactly("Engines", "Hello");
        assertThat(db.post()
            .findMany()
            .orderBy(PostFields.VIEWS.asc())
            .distinct(PostFields.AUTHOR_ID, PostFields.PUBLISHED)
            .fetch()).extracting(Post::title).containsExactly("Notes", "Hello", "Engines");
    }

    @Test
    void selectAndOmitReturnSelectionsWithNestedSelections() {
        List<Selection<User>> users = db.user()
            .findMany()
            .select(UserFields.EMAIL, UserFields.POSTS.orderBy(PostFields.TITLE.asc()).select(PostFields.TITLE),
                    UserFields.PROFILE.select(dev.goofer.itest.db.ProfileFields.BIO))
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(users).hasSize(3);
        assertThat(users.get(0).get(UserFields.EMAIL)).isEqualTo("ada@acme.com");
        assertThat(users.get(0).get(UserFields.POSTS)).extracting((post) -> post.get(PostFields.TITLE))
            .containsExactly("Engines", "Notes");
        assertThatIllegalStateException().isThrownBy(() -> users.get(0).get(UserFields.NAME));
        Selection<User> omitted = db.user()
            .findUniqueOrThrow(UserWhereUnique.id(this.bob.id()))
            .omit(UserFields.EMAIL, UserFields.AVATAR)
            .fetch();
        assertThat(omitted.get(UserFields.NAME)).isEqualTo("Bob");
        assertThat(omitted.get(UserFields.ROLE)).isEqualTo(Role.MEMBER);
        assertThatIllegalStateException().isThrownBy(() -> omitted.get(UserFields.EMAIL));
        Selection<Post> selected = db.post()
            .findUniqueOrThrow(PostWhereUnique.id(this.engines.id()))
            .select(PostFields.TITLE, PostFields.AUTHOR.select(UserFields.EMAIL), PostFields.COMMENTS.count(),
                    PostFields.TAGS.count())
            .fetch();
        assertThat(selected.get(PostFields.TITLE)).isEqualTo("Engines");
        assertThat(selected.get(PostFields.AUTHOR).get(UserFields.EMAIL)).isEqualTo("ada@acme.com");
        assertThat(selected._count().get(PostFields.COMMENTS)).isEqualTo(2);
        assertThat(selected._count().get(PostFields.TAGS)).isEqualTo(2);
    }

    @Test
    void includesLoadEveryRelationKindWithTheirOwnArguments() {
        User user = db.user()
            .findUniqueOrThrow(UserWhereUnique.id(this.ada.id()))
            .include(
                    UserFields.POSTS.where(PostFields.VIEWS.gt(1))
                        .orderBy(PostFields.VIEWS.desc())
                        .take(1)
                        .include(PostFields.TAGS.orderBy(TagFields.NAME.desc()),
                                PostFields.COMMENTS.where(CommentFields.LIKES.gt(0))),
                    UserFields.PROFILE, UserFields.INVITEES.orderBy(UserFields.EMAIL.asc()),
                    UserFields.MEMBERSHIPS.include(MembershipFields.TEAM))
            .fetch();
        assertThat(user.posts()).extracting(Post::title).containsExactly("Engines");
        assertThat(user.posts().get(0).tags()).extracting(Tag::name).containsExactly("sql", "java");
        assertThat(user.posts().get(0).comments()).extracting(Comment::text).containsExactly("great");
        assertThat(user.profile()).isEmpty();
        assertThat(user.invitees()).extracting(User::email).containsExactly("bob@acme.com", "cy@acme.com");
        assertThat(user.memberships()).singleElement()
            .satisfies((membership) -> assertThat(membership.team().name()).isEqualTo("Core"));
        User bobWithInviter = db.user()
            .findUniqueOrThrow(UserWhereUnique.id(this.bob.id()))
            .include(UserFields.INVITED_BY, UserFields.PROFILE,
                    UserFields.POSTS.skip(0).include(PostFields.AUTHOR, PostFields.TAGS))
            .fetch();
        assertThat(bobWithInviter.invitedBy())
            .hasValueSatisfying((inviter) -> assertThat(inviter.name()).isEqualTo("Ada"));
        assertThat(bobWithInviter.profile()).hasValueSatisfying((p) -> assertThat(p.bio()).isEqualTo("Builder"));
        assertThat(bobWithInviter.posts()).singleElement().satisfies((post) -> {
            assertThat(post.author().email()).isEqualTo("bob@acme.com");
            assertThat(post.tags()).isEmpty();
        });
        Team team = db.team()
            .findUniqueOrThrow(TeamWhereUnique.id(this.core.id()))
            .include(
                    TeamFields.MEMBERSHIPS.orderBy(MembershipFields.LEVEL.asc()).skip(1).include(MembershipFields.USER))
            .fetch();
        assertThat(team.memberships()).extracting((m) -> m.user().email()).containsExactly("ada@acme.com");
    }

    @Test
    void relationCountsAreReturnedWithRecords() {
        List<User> users = db.user()
            .findMany()
            .include(UserFields.POSTS.count(), UserFields.INVITEES.count(), UserFields.MEMBERSHIPS.count())
            .orderBy(UserFields.EMAIL.asc())
            .fetch();
        assertThat(users).extracting((user) -> user._count().get(UserFields.POSTS)).containsExactly(2L, 1L, 0L);
        assertThat(users).extracting((user) -> user._count().get(UserFields.INVITEES)).containsExactly(2L, 0L, 0L);
        assertThat(users).extracting((user) -> user._count().get(UserFields.MEMBERSHIPS)).containsExactly(1L, 2L, 0L);
        List<Post> posts = db.post()
            .findMany()
            .include(PostFields.COMMENTS.count(CommentFields.LIKES.gte(1)), PostFields.TAGS.count())
            .orderBy(PostFields.TITLE.asc())
            .fetch();
        assertThat(posts).extracting((post) -> post._count().get(PostFields.COMMENTS)).containsExactly(1L, 1L, 0L);
        assertThat(posts).extracting((post) -> post._count().get(PostFields.TAGS)).containsExactly(2L, 0L, 1L);
    }

    @Test
    void includesCostOneStatementPerRelationWhateverTheNumberOfRows() {
        for (int i = 0; i < 20; i++) {
            User author = user("author" + i + "@acme.com", "A" + i, Role.MEMBER);
            Post post = post(author, "P" + i, i, true, "t" + (i % 3));
            comment(post, "c" + i, i);
        }
        statements.clear();
        List<User> users = db.user()
            .findMany()
            .include(UserFields.POSTS.include(PostFields.TAGS, PostFields.COMMENTS, PostFields.AUTHOR),
                    UserFields.PROFILE, UserFields.MEMBERSHIPS.include(MembershipFields.TEAM), UserFields.POSTS.count())
            .fetch();
        assertThat(users).hasSize(23);
        assertThat(users.stream().mapToInt((u) -> u.posts().size()).sum()).isEqualTo(23);
        int perRelationBound = 1 + 1 + 3 + 1 + 2 + 1;
        assertThat(statements).hasSizeLessThanOrEqualTo(perRelationBound);
        int withTwenty = statements.size();
        for (int i = 20; i < 60; i++) {
            User author = user("author" + i + "@acme.com", "A" + i, Role.MEMBER);
            post(author, "P" + i, i, true, "t" + (i % 3));
        }
        statements.clear();
        db.user()
            .findMany()
            .include(UserFields.POSTS.include(PostFields.TAGS, PostFields.COMMENTS, PostFields.AUTHOR),
                    UserFields.PROFILE, UserFields.MEMBERSHIPS.include(MembershipFields.TEAM), UserFields.POSTS.count())
            .fetch();
        assertThat(statements).hasSize(withTwenty);
    }

}
