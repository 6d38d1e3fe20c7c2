package dev.goofer.itest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.goofer.client.NumberOperation;
import dev.goofer.execution.ForeignKeyViolationException;
import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.execution.UniqueConstraintViolationException;
import dev.goofer.itest.db.Membership;
import dev.goofer.itest.db.MembershipCreate;
import dev.goofer.itest.db.MembershipUpdate;
import dev.goofer.itest.db.MembershipWhereUnique;
import dev.goofer.itest.db.Post;
import dev.goofer.itest.db.PostCreate;
import dev.goofer.itest.db.PostFields;
import dev.goofer.itest.db.Profile;
import dev.goofer.itest.db.ProfileCreate;
import dev.goofer.itest.db.Role;
import dev.goofer.itest.db.Team;
import dev.goofer.itest.db.TeamCreate;
import dev.goofer.itest.db.TeamFields;
import dev.goofer.itest.db.TeamUpdate;
import dev.goofer.itest.db.TeamWhereUnique;
import dev.goofer.itest.db.User;
import dev.goofer.itest.db.UserCreate;
import dev.goofer.itest.db.UserFields;
import dev.goofer.itest.db.UserUpdate;
import dev.goofer.itest.db.UserWhereUnique;
import dev.goofer.types.Bytes;
import dev.goofer.types.Json;
import dev.goofer.testsupport.DatabaseKind;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Top-level writes: every scalar type round trip, defaults, the many variants, upserts,
 * atomic number operations and the errors writes raise.
 */
abstract class WriteTests extends ItestDatabase {

    static final Instant BORN = Instant.parse("1815-12-10T08:30:00.125Z");

    @Test
    void everyScalarTypeRoundTrips() {
        User created = user(UserCreate.builder()
            .email("ada@acme.com")
            .name("Ada")
            .role(Role.ADMIN)
            .age(36)
            .score(0.1 + 0.2)
            .balance(decimal("1234567.125"))
            .bigNumber(Long.MAX_VALUE)
            .active(false)
            .birthday(BORN)
            .settings(Json.of("{\"a\": [1, 2.5, \"x\", null, true], \"b\": {\"c\": \"é\"}}"))
            .avatar(Bytes.fromHex("00ff7f80")));
        User read = db.user().findUniqueOrThrow(UserWhereUnique.id(created.id())).fetch();
        assertThat(read.name()).isEqualTo("Ada");
        assertThat(read.role()).isEqualTo(Role.ADMIN);
        assertThat(read.age()).isEqualTo(36);
        assertThat(read.score()).isEqualTo(0.1 + 0.2);
        assertThat(read.balance()).isEqualByComparingTo("1234567.125");
        assertThat(read.bigNumber()).isEqualTo(Long.MAX_VALUE);
        assertThat(read.active()).isFalse();
        assertThat(read.birthday()).isEqualTo(BORN);
        assertThat(read.settings().text().replace(" ", "")).contains("\"c\":\"é\"").contains("[1,2.5,\"x\",null,true]");
        assertThat(read.avatar()).isEqualTo(Bytes.fromHex("00ff7f80"));
        assertThat(read).isEqualTo(created);
        User empty = user(UserCreate.builder().email("empty@acme.com"));
        assertThat(empty.name()).isNull();
        assertThat(empty.settings()).isNull();
        assertThat(empty.avatar()).isNull();
        assertThat(empty.balance()).isNull();
    }

    @Test
    void defaultsComeFromTheDatabaseAndTheClient() {
        Instant before = Instant.now().minusSeconds(2);
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        User bob = user(UserCreate.builder().email("bob@acme.com"));
        assertThat(bob.id()).isGreaterThan(ada.id());
        assertThat(ada.role()).isEqualTo(Role.MEMBER);
        assertThat(ada.active()).isTrue();
        assertThat(ada.createdAt()).isAfter(before.minusSeconds(3600)).isBefore(Instant.now().plusSeconds(3600));
        assertThat(ada.updatedAt()).isAfter(before);
        String stored = jdbc.queryForObject(
                "SELECT " + quote("role") + " FROM " + quote("users") + " WHERE " + quote("email") + " = ?",
                String.class, "ada@acme.com");
        assertThat(stored).isEqualTo("member");
        Profile profile = db.profile()
            .create(ProfileCreate.builder().bio("Hi").user((u) -> u.connect(UserWhereUnique.id(ada.id()))).build())
            .execute();
        assertThat(UUID.fromString(profile.id()).version()).isEqualTo(4);
        Post post = db.post()
            .create(PostCreate.builder().title("T").author((a) -> a.connect(UserWhereUnique.id(ada.id()))).build())
            .execute();
        assertThat(post.id()).startsWith("c").hasSize(25);
        assertThat(post.views()).isZero();
        assertThat(post.published()).isFalse();
        Team team = db.team().create(TeamCreate.builder().name("Core").region("eu").build()).execute();
        assertThat(team.code()).hasSize(8).matches("[A-Za-z0-9_-]+");
        Membership membership = db.membership()
            .create(MembershipCreate.builder().userId(ada.id()).teamId(team.id()).build())
            .execute();
        assertThat(membership.level()).isEqualTo(1);
        assertThat(membership.joinedAt()).isNotNull();
    }

    @Test
    void updatedAtMovesOnEveryUpdate() throws InterruptedException {
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        Thread.sleep(5);
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()), UserUpdate.builder().name("Ada").build())
            .execute();
        assertThat(updated.updatedAt()).isAfter(ada.updatedAt());
        assertThat(updated.createdAt()).isEqualTo(ada.createdAt());
        Thread.sleep(5);
        db.user().updateMany(UserUpdate.builder().age(1).build()).execute();
        assertThat(db.user().findUniqueOrThrow(UserWhereUnique.id(ada.id())).fetch().updatedAt())
            .isAfter(updated.updatedAt());
    }

    @Test
    void updateSetsAndClearsFieldsAndFailsForMissingRecords() {
        User ada = user(UserCreate.builder().email("ada@acme.com").name("Ada").age(3).settings(Json.of("{}")));
        User updated = db.user()
            .update(UserWhereUnique.email("ada@acme.com"),
                    UserUpdate.builder()
                        .name(null)
                        .age((Integer) null)
                        .settings(null)
                        .email("lovelace@acme.com")
                        .role(Role.GUEST)
                        .avatar(Bytes.fromHex("01"))
                        .build())
            .execute();
        assertThat(updated.id()).isEqualTo(ada.id());
        assertThat(updated.name()).isNull();
        assertThat(updated.age()).isNull();
        assertThat(updated.settings()).isNull();
        assertThat(updated.email()).isEqualTo("lovelace@acme.com");
        assertThat(updated.role()).isEqualTo(Role.GUEST);
        assertThatThrownBy(() -> db.user()
            .update(UserWhereUnique.email("ada@acme.com"), UserUpdate.builder().name("x").build())
            .execute()).isInstanceOf(RecordNotFoundException.class).hasMessageContaining("User");
        Team team = db.team().create(TeamCreate.builder().name("Core").region("eu").build()).execute();
        Team renamed = db.team()
            .update(TeamWhereUnique.nameRegion("Core", "eu"), TeamUpdate.builder().region("us").build())
            .execute();
        assertThat(renamed.id()).isEqualTo(team.id());
        db.membership().create(MembershipCreate.builder().userId(ada.id()).teamId(team.id()).build()).execute();
        Membership promoted = db.membership()
            .update(MembershipWhereUnique.userIdTeamId(ada.id(), team.id()),
                    MembershipUpdate.builder().level(NumberOperation.increment(4)).build())
            .execute();
        assertThat(promoted.level()).isEqualTo(5);
    }

    @Test
    void atomicNumberOperationsOnEveryNumberType() {
        User ada = user(UserCreate.builder()
            .email("ada@acme.com")
            .age(10)
            .score(1.5)
            .balance(decimal("10.50"))
            .bigNumber(1L << 40));
        User updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .age(NumberOperation.increment(5))
                        .score(NumberOperation.multiply(3.0))
                        .balance(NumberOperation.decrement(decimal("0.25")))
                        .bigNumber(NumberOperation.divide(1L << 20))
                        .build())
            .execute();
        assertThat(updated.age()).isEqualTo(15);
        assertThat(updated.score()).isEqualTo(4.5);
        assertThat(updated.balance()).isEqualByComparingTo("10.25");
        assertThat(updated.bigNumber()).isEqualTo(1L << 20);
        updated = db.user()
            .update(UserWhereUnique.id(ada.id()),
                    UserUpdate.builder()
                        .age(NumberOperation.divide(2))
                        .score(NumberOperation.decrement(0.5))
                        .balance(NumberOperation.multiply(decimal("2")))
                        .bigNumber(NumberOperation.set(7L))
                        .build())
            .execute();
        assertThat(updated.age()).isEqualTo(7);
        assertThat(updated.score()).isEqualTo(4.0);
        assertThat(updated.balance()).isEqualByComparingTo("20.50");
        assertThat(updated.bigNumber()).isEqualTo(7L);
        User nulls = user(UserCreate.builder().email("nulls@acme.com"));
        User stillNull = db.user()
            .update(UserWhereUnique.id(nulls.id()), UserUpdate.builder().age(NumberOperation.increment(1)).build())
            .execute();
        assertThat(stillNull.age()).isNull();
        long many = db.user()
            .updateMany(UserUpdate.builder().age(NumberOperation.increment(100)).build())
            .where(UserFields.AGE.isNotNull())
            .execute();
        assertThat(many).isEqualTo(1);
        assertThat(db.user().findUniqueOrThrow(UserWhereUnique.id(ada.id())).fetch().age()).isEqualTo(107);
    }

    @Test
    void createManySkipsDuplicatesAndManyVariantsReturnCounts() {
        long created = db.user()
            .createMany(UserCreate.builder().email("a@x.org").age(1).build(),
                    UserCreate.builder().email("b@x.org").age(2).build())
            .execute();
        assertThat(created).isEqualTo(2);
        assertThatThrownBy(() -> db.user()
            .createMany(UserCreate.builder().email("c@x.org").build(), UserCreate.builder().email("a@x.org").build())
            .execute()).isInstanceOf(UniqueConstraintViolationException.class);
        assertThat(rows("users")).isEqualTo(2);
        long skipped = db.user()
            .createMany(List.of(UserCreate.builder().email("a@x.org").build(),
                    UserCreate.builder().email("c@x.org").settings(Json.of("[1]")).avatar(Bytes.fromHex("ab")).build()))
            .skipDuplicates()
            .execute();
        assertThat(skipped).isEqualTo(1);
        long teams = db.team()
            .createMany(TeamCreate.builder().name("A").region("eu").build(),
                    TeamCreate.builder().name("A").region("us").build(),
                    TeamCreate.builder().name("A").region("eu").build())
            .skipDuplicates()
            .execute();
        assertThat(teams).isEqualTo(2);
        assertThat(db.team().findMany().fetch()).extracting(Team::code).doesNotHaveDuplicates();
        long updated = db.user()
            .updateMany(UserUpdate.builder().role(Role.ADMIN).build())
            .where(UserFields.EMAIL.in("a@x.org", "b@x.org"))
            .execute();
        assertThat(updated).isEqualTo(2);
        assertThat(db.user().count().where(UserFields.ROLE.eq(Role.ADMIN)).fetch()).isEqualTo(2);
        long deleted = db.user().deleteMany().where(UserFields.AGE.isNull()).execute();
        assertThat(deleted).isEqualTo(1);
        assertThat(db.team().deleteMany().execute()).isEqualTo(2);
        assertThat(rows("users")).isEqualTo(2);
    }

    @Test
    void createManyBatchesLargeInputs() {
        List<UserCreate> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(UserCreate.builder().email("bulk" + i + "@acme.com").age(i).build());
        }
        statements.clear();
        assertThat(db.user().createMany(many).execute()).isEqualTo(1500);
        assertThat(statements.size()).isLessThan(20);
        assertThat(db.user().aggregate().sum(UserFields.AGE).fetch().sum(UserFields.AGE)).isEqualTo(1500 * 1499 / 2);
    }

    @Test
    void upsertCreatesThenUpdatesOnUniqueAndCompoundKeys() {
        User created = db.user()
            .upsert(UserWhereUnique.email("ada@acme.com"),
                    UserCreate.builder().email("ada@acme.com").name("Ada").build(),
                    UserUpdate.builder().name("Ada Lovelace").build())
            .execute();
        assertThat(created.name()).isEqualTo("Ada");
        User updated = db.user()
            .upsert(UserWhereUnique.email("ada@acme.com"),
                    UserCreate.builder().email("ada@acme.com").name("Ada").build(),
                    UserUpdate.builder().name("Ada Lovelace").age(NumberOperation.set(36)).build())
            .execute();
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.name()).isEqualTo("Ada Lovelace");
        assertThat(updated.age()).isEqualTo(36);
        for (int i = 0; i < 2; i++) {
            db.team()
                .upsert(TeamWhereUnique.nameRegion("Core", "eu"),
                        TeamCreate.builder().name("Core").region("eu").build(),
                        TeamUpdate.builder().name("Core").build())
                .execute();
        }
        assertThat(db.team().count().fetch()).isEqualTo(1);
        Team team = db.team().findFirstOrThrow().fetch();
        for (int level = 1; level <= 2; level++) {
            int current = level;
            db.membership()
                .upsert(MembershipWhereUnique.userIdTeamId(created.id(), team.id()),
                        MembershipCreate.builder().userId(created.id()).teamId(team.id()).level(current).build(),
                        MembershipUpdate.builder().level(current * 10).build())
                .execute();
        }
        assertThat(db.membership().findFirstOrThrow().fetch().level()).isEqualTo(20);
    }

    @Test
    void deleteReturnsTheRecordAndCascades() {
        User ada = user(UserCreate.builder()
            .email("ada@acme.com")
            .role(Role.ADMIN)
            .profile((p) -> p.create(ProfileCreate.builder().bio("b").build()))
            .posts((p) -> p.create(PostCreate.builder().title("t").build())));
        User invited = user(
                UserCreate.builder().email("bob@acme.com").invitedBy((i) -> i.connect(UserWhereUnique.id(ada.id()))));
        User deleted = db.user().delete(UserWhereUnique.email("ada@acme.com")).execute();
        assertThat(deleted.id()).isEqualTo(ada.id());
        assertThat(deleted.role()).isEqualTo(Role.ADMIN);
        assertThat(rows("profiles")).isZero();
        assertThat(rows("posts")).isZero();
        assertThat(db.user().findUniqueOrThrow(UserWhereUnique.id(invited.id())).fetch().invitedById()).isNull();
        assertThatThrownBy(() -> db.user().delete(UserWhereUnique.id(ada.id())).execute())
            .isInstanceOf(RecordNotFoundException.class)
            .hasMessageContaining("User");
    }

    @Test
    void uniqueViolationsNameTheModelAndFields() {
        user(UserCreate.builder().email("ada@acme.com"));
        assertThatThrownBy(() -> user(UserCreate.builder().email("ada@acme.com")))
            .isInstanceOfSatisfying(UniqueConstraintViolationException.class, (ex) -> {
                assertThat(ex.getModel()).isEqualTo("User");
                assertThat(ex.getFields()).containsExactly("email");
            })
            .hasMessageContaining("User")
            .hasMessageContaining("create");
        db.team().create(TeamCreate.builder().name("Core").region("eu").build()).execute();
        assertThatThrownBy(() -> db.team().create(TeamCreate.builder().name("Core").region("eu").build()).execute())
            .isInstanceOfSatisfying(UniqueConstraintViolationException.class, (ex) -> {
                assertThat(ex.getModel()).isEqualTo("Team");
                assertThat(ex.getFields()).containsExactly("name", "region");
            });
        Team us = db.team().create(TeamCreate.builder().name("Core").region("us").build()).execute();
        assertThatThrownBy(() -> db.team()
            .update(TeamWhereUnique.id(us.id()), TeamUpdate.builder().region("eu").build())
            .execute()).isInstanceOf(UniqueConstraintViolationException.class).hasMessageContaining("update");
        assertThat(db.team().findMany().where(TeamFields.REGION.eq("us")).fetch()).hasSize(1);
    }

    @Test
    void foreignKeyViolationsNameTheModelAndFields() {
        User ada = user(UserCreate.builder().email("ada@acme.com"));
        assertThatThrownBy(() -> db.membership()
            .create(MembershipCreate.builder().userId(ada.id()).teamId(424242).build())
            .execute()).isInstanceOfSatisfying(ForeignKeyViolationException.class, (ex) -> {
                assertThat(ex.getModel()).isEqualTo("Membership");
                if (kind != DatabaseKind.SQLITE) {
                    // SQLite's message does not say which foreign key failed.
                    assertThat(ex.getFields()).containsExactly("teamId");
                }
            }).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("Membership");
        assertThatThrownBy(
                () -> db.post().create(PostCreate.builder().title("x").authorId(ada.id() + 1000).build()).execute())
            .isInstanceOf(ForeignKeyViolationException.class)
            .hasMessageContaining("Post");
        assertThat(rows("memberships")).isZero();
        assertThat(rows("posts")).isZero();
        assertThat(db.post().findMany().where(PostFields.AUTHOR_ID.eq(ada.id())).fetch()).isEmpty();
    }

    @Test
    void requiredFieldsAndRelationsAreCheckedBeforeSql() {
        assertThatThrownBy(() -> db.post().create(PostCreate.builder().title("Orphan").build()).execute())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Post")
            .hasMessageContaining("authorId");
        assertThat(rows("posts")).isZero();
    }

}
