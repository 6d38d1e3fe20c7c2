package dev.goofer.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.client.Where;
import dev.goofer.fixture.blog.GooferClient;
import dev.goofer.fixture.blog.Post;
import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.ProfileCreate;
import dev.goofer.fixture.blog.Tag;
import dev.goofer.fixture.blog.TagCreate;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.TagUpdate;
import dev.goofer.fixture.blog.TagWhereUnique;
import dev.goofer.fixture.blog.User;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.blog.UserUpdate;
import dev.goofer.fixture.blog.UserWhereUnique;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile strings through create and update values, every string filter (with and without
 * {@code mode: insensitive}), {@code orderBy} and raw-query parameters: stored and read
 * back exactly, filters match exactly the rows a Java evaluation of the same predicate
 * picks, and the tables are intact afterwards.
 */
abstract class HostileInputTests {

    private static final long SEED = 9_2026L;

    private static final int TAGS = 60;

    private static final int PROBES = 70;

    private static HikariDataSource pool;

    private static GooferClient db;

    private static JdbcTemplate jdbc;

    private static DatabaseKind kind;

    /** The filters on strings, each with its Java evaluation on a stored value. */
    private static final List<Operator> OPERATORS = List.of(
            new Operator("equals", (p, q) -> TagFields.NAME.eq(p), (s, p, q) -> s.equals(p)),
            new Operator("not", (p, q) -> TagFields.NAME.not(p), (s, p, q) -> !s.equals(p)),
            new Operator("in", (p, q) -> TagFields.NAME.in(p, q), (s, p, q) -> s.equals(p) || s.equals(q)),
            new Operator("notIn", (p, q) -> TagFields.NAME.notIn(p, q), (s, p, q) -> !s.equals(p) && !s.equals(q)),
            new Operator("contains", (p, q) -> TagFields.NAME.contains(p), (s, p, q) -> s.contains(p)),
            new Operator("startsWith", (p, q) -> TagFields.NAME.startsWith(p), (s, p, q) -> s.startsWith(p)),
            new Operator("endsWith", (p, q) -> TagFields.NAME.endsWith(p), (s, p, q) -> s.endsWith(p)),
            new Operator("insensitive equals", (p, q) -> TagFields.NAME.insensitive().eq(p),
                    (s, p, q) -> fold(s).equals(fold(p))),
            new Operator("insensitive not", (p, q) -> TagFields.NAME.insensitive().not(p),
                    (s, p, q) -> !fold(s).equals(fold(p))),
            new Operator("insensitive in", (p, q) -> TagFields.NAME.insensitive().in(p, q),
                    (s, p, q) -> fold(s).equals(fold(p)) || fold(s).equals(fold(q))),
            new Operator("insensitive notIn", (p, q) -> TagFields.NAME.insensitive().notIn(p, q),
                    (s, p, q) -> !fold(s).equals(fold(p)) && !fold(s).equals(fold(q))),
            new Operator("insensitive contains", (p, q) -> TagFields.NAME.insensitive().contains(p),
                    (s, p, q) -> fold(s).contains(fold(p))),
            new Operator("insensitive startsWith", (p, q) -> TagFields.NAME.insensitive().startsWith(p),
                    (s, p, q) -> fold(s).startsWith(fold(p))),
            new Operator("insensitive endsWith", (p, q) -> TagFields.NAME.insensitive().endsWith(p),
                    (s, p, q) -> fold(s).endsWith(fold(p))));

    /** Whether the database stores NUL in text (PostgreSQL does not). */
    boolean storesNul() {
        return true;
    }

    /** Prepare the tables; MariaDB switches them to a binary collation. */
    void prepareTables(JdbcTemplate jdbc) {
    }

    @BeforeAll
    static void createTables(TestDatabase database) {
        kind = database.kind();
        BlogFixture.createTables(database.dataSource(), kind);
        jdbc = database.jdbc();
        pool = BlogFixture.pool(
                (kind == DatabaseKind.SQLITE) ? BlogFixture.sqliteUrl(database.jdbcUrl()) : database.jdbcUrl(),
                "hostile-" + database.name(), 2, 30_000);
        db = BlogFixture.client(pool, null);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    private static String fold(String text) {
        return HostileStrings.fold(text);
    }

    private static String table(String name) {
        return BlogFixture.quote(kind, name);
    }

    @Test
    void hostileStringsAreStoredExactlyAndMatchedExactlyByEveryFilter() {
        prepareTables(jdbc);
        HostileStrings strings = new HostileStrings(SEED, storesNul());
        int inputs = 0;
        // Created one by one, in one batch, and through raw SQL; some then renamed.
        Map<Integer, String> tags = new LinkedHashMap<>();
        List<String> names = distinct(strings, TAGS);
        inputs += names.size();
        for (String name : names.subList(0, 30)) {
            Tag tag = db.tag().create(TagCreate.builder().name(name).build()).execute();
            assertThat(tag.name()).isEqualTo(name);
            tags.put(tag.id(), name);
        }
        List<TagCreate> batch = new ArrayList<>();
        names.subList(30, 45).forEach((name) -> batch.add(TagCreate.builder().name(name).build()));
        assertThat(db.tag().createMany(batch).execute()).isEqualTo(15);
        for (String name : names.subList(45, TAGS)) {
            assertThat(
                    db.executeRaw("INSERT INTO " + table("Tag") + " (name) VALUES (?)", name).models("Tag").execute())
                .isEqualTo(1);
        }
        for (String name : names.subList(30, TAGS)) {
            Tag tag = db.tag().findUnique(TagWhereUnique.name(name)).fetch().orElseThrow();
            assertThat(tag.name()).isEqualTo(name);
            tags.put(tag.id(), name);
        }
        List<String> renames = distinct(strings, 15, names);
        inputs += renames.size();
        List<Integer> ids = new ArrayList<>(tags.keySet());
        for (int i = 0; i < renames.size(); i++) {
            int id = ids.get(i * 4);
            Tag renamed = db.tag()
                .update(TagWhereUnique.name(tags.get(id)), TagUpdate.builder().name(renames.get(i)).build())
                .execute();
            assertThat(renamed.name()).isEqualTo(renames.get(i));
            tags.put(id, renames.get(i));
        }
        assertThat(storedTags()).as("tags read back through the client").isEqualTo(tags);
        assertThat(directTags()).as("tags read back through plain JDBC").isEqualTo(tags);

        // Every filter against its Java evaluation.
        List<String> stored = new ArrayList<>(tags.values());
        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        for (int i = 0; i < PROBES; i++) {
            String p = strings.probe(stored);
            String q = strings.probe(stored);
            inputs += 2;
            for (Operator operator : OPERATORS) {
                List<String> expected = new ArrayList<>();
                tags.values().forEach((s) -> {
                    if (operator.oracle().test(s, p, q)) {
                        expected.add(s);
                    }
                });
                List<String> actual = db.tag()
                    .findMany()
                    .where(operator.where().apply(p, q))
                    .orderBy(TagFields.ID.asc())
                    .fetch()
                    .stream()
                    .map(Tag::name)
                    .toList();
                checks++;
                if (!actual.equals(expected)) {
                    List<String> missing = new ArrayList<>(expected);
                    missing.removeAll(actual);
                    List<String> extra = new ArrayList<>(actual);
                    extra.removeAll(expected);
                    mismatches.add(operator.name() + " " + show(p) + " (and " + show(q) + "): missing "
                            + missing.stream().map(HostileInputTests::show).toList() + ", unexpected "
                            + extra.stream().map(HostileInputTests::show).toList());
                }
            }
        }
        assertThat(mismatches).as("filters that disagree with their Java evaluation").isEmpty();

        // orderBy, both ways, against code-point order.
        List<String> ascending = new ArrayList<>(stored);
        ascending.sort(HostileStrings.CODE_POINT_ORDER);
        assertThat(db.tag().findMany().orderBy(TagFields.NAME.asc()).fetch()).extracting(Tag::name)
            .containsExactlyElementsOf(ascending);
        List<String> descending = new ArrayList<>(ascending);
        java.util.Collections.reverse(descending);
        assertThat(db.tag().findMany().orderBy(TagFields.NAME.desc()).fetch()).extracting(Tag::name)
            .containsExactlyElementsOf(descending);

        // Raw parameters: echoed, matched and updated exactly.
        String echo = switch (kind) {
            case POSTGRESQL -> "SELECT CAST(? AS TEXT) AS v";
            default -> "SELECT ? AS v";
        };
        for (String value : stored) {
            assertThat(db.queryRaw(echo, value).fetch()).singleElement()
                .satisfies((row) -> assertThat(row.get("v")).isEqualTo(value));
            assertThat(db.queryRaw("SELECT id, name FROM " + table("Tag") + " WHERE name = ?", value).fetch())
                .singleElement()
                .satisfies((row) -> assertThat(row.get("name")).isEqualTo(value));
        }
        String renamedRaw = stored.get(0) + strings.next();
        inputs++;
        assertThat(db.executeRaw("UPDATE " + table("Tag") + " SET name = ? WHERE name = ?", renamedRaw, stored.get(0))
            .models("Tag")
            .execute()).isEqualTo(1);
        tags.replaceAll((id, name) -> name.equals(stored.get(0)) ? renamedRaw : name);
        assertThat(directTags()).as("tags after a raw update").isEqualTo(tags);

        // Nested creates and updates of users, profiles and posts.
        List<String> values = distinct(strings, 40, List.of());
        inputs += values.size();
        for (int i = 0; i < 10; i++) {
            String email = values.get(i * 4);
            String name = values.get(i * 4 + 1);
            String bio = values.get(i * 4 + 2);
            String title = values.get(i * 4 + 3);
            db.user()
                .create(UserCreate.builder()
                    .email(email)
                    .name(name)
                    .profile((profile) -> profile.create(ProfileCreate.builder().bio(bio).build()))
                    .posts((posts) -> posts.create(PostCreate.builder().title(title).build()))
                    .build())
                .execute();
            User user = db.user()
                .findUnique(UserWhereUnique.email(email))
                .include(UserFields.POSTS, UserFields.PROFILE)
                .fetch()
                .orElseThrow();
            assertThat(user.name()).isEqualTo(name);
            assertThat(user.profile()).hasValueSatisfying((profile) -> assertThat(profile.bio()).isEqualTo(bio));
            assertThat(user.posts()).extracting(Post::title).containsExactly(title);
            String renamed = name + title;
            assertThat(db.user()
                .updateMany(UserUpdate.builder().name(renamed).build())
                .where(UserFields.EMAIL.eq(email))
                .execute()).isEqualTo(1);
            assertThat(db.user().findUnique(UserWhereUnique.email(email)).fetch().orElseThrow().name())
                .isEqualTo(renamed);
            assertThat(db.post().findMany().where(PostFields.TITLE.eq(title)).fetch()).hasSize(1);
        }

        // The tables are intact.
        assertThat(directTags()).isEqualTo(tags);
        assertThat(count("User")).isEqualTo(10);
        assertThat(count("Post")).isEqualTo(10);
        assertThat(count("Profile")).isEqualTo(10);
        assertThat(count("_PostToTag")).isZero();
        System.out.printf("RELIABILITY hostile input %s: inputsTried=%d filterChecks=%d operators=%d mismatches=0 "
                + "lost=0 nulStored=%s%n", kind, inputs, checks, OPERATORS.size(), storesNul());
    }

    @Test
    void nulIsStoredExactlyOrRejectedClearly() {
        String value = "nul\u0000'; DROP TABLE \"Tag\"; --\u0000";
        long before = count("Tag");
        if (storesNul()) {
            Tag tag = db.tag().create(TagCreate.builder().name(value).build()).execute();
            assertThat(db.tag().findUnique(TagWhereUnique.id(tag.id())).fetch().orElseThrow().name()).isEqualTo(value);
            assertThat(db.tag().findMany().where(TagFields.NAME.contains("\u0000'; DROP")).fetch())
                .extracting(Tag::name)
                .contains(value);
            db.tag().delete(TagWhereUnique.id(tag.id())).execute();
        }
        else {
            // PostgreSQL text cannot hold NUL: the driver or server refuses it, naming
            // the
            // operation, and nothing is stored.
            assertThatThrownBy(() -> db.tag().create(TagCreate.builder().name(value).build()).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Tag.create")
                .hasMessageContaining("0x00");
            assertThatThrownBy(() -> db.tag().findMany().where(TagFields.NAME.eq(value)).fetch())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Tag.find_many")
                .hasMessageContaining("0x00");
            assertThatThrownBy(() -> db.queryRaw("SELECT CAST(? AS TEXT) AS v", value).fetch())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("query_raw")
                .hasMessageContaining("0x00");
        }
        assertThat(count("Tag")).isEqualTo(before);
    }

    private static List<String> distinct(HostileStrings strings, int size) {
        return distinct(strings, size, List.of());
    }

    private static List<String> distinct(HostileStrings strings, int size, List<String> taken) {
        List<String> values = new ArrayList<>();
        while (values.size() < size) {
            String value = strings.next();
            if (!values.contains(value) && !taken.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private static Map<Integer, String> storedTags() {
        Map<Integer, String> tags = new LinkedHashMap<>();
        db.tag().findMany().orderBy(TagFields.ID.asc()).fetch().forEach((tag) -> tags.put(tag.id(), tag.name()));
        return tags;
    }

    private static Map<Integer, String> directTags() {
        Map<Integer, String> tags = new LinkedHashMap<>();
        jdbc.query("SELECT id, name FROM " + table("Tag") + " ORDER BY id",
                (org.springframework.jdbc.core.RowCallbackHandler) (row) -> tags.put(row.getInt(1), row.getString(2)));
        return tags;
    }

    private static long count(String name) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table(name), Long.class);
        return (count != null) ? count : -1;
    }

    /** A string with its invisible and non-ASCII characters as escapes, for messages. */
    static String show(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach((c) -> {
            if (c >= 0x20 && c < 0x7F) {
                shown.appendCodePoint(c);
            }
            else {
                shown.append(String.format("\\u{%X}", c));
            }
        });
        return shown.append('"').toString();
    }

    /** A string filter and its evaluation in Java on a stored value {@code s}. */
    record Operator(String name, BiFunction<String, String, Where<Tag>> where, Oracle oracle) {
    }

    /** The Java evaluation of a filter with probes {@code p} and {@code q}. */
    @FunctionalInterface
    interface Oracle {

        boolean test(String s, String p, String q);

    }

}
