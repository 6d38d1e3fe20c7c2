package dev.goofer.execution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.goofer.fixture.blog.PostCreate;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.UserCreate;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.query.CreateData;
import dev.goofer.sql.PostgresDialect;
import dev.goofer.sql.SqliteDialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How {@code createMany} records become batch rows: the same columns and values as a
 * single create, worked out once per shape.
 */
class CreateManyShapeTests {

    @Test
    void rowsFollowModelOrderWithLinkedKeysOverGivenOnes() {
        CreateData first = PostCreate.builder().authorId(1).title("A").views(3).build().toCreateData();
        CreateManyShape shape = CreateManyShape.of(PostFields.META, first, Map.of(), false);
        assertThat(shape.columns()).extracting("name").containsExactly("title", "views", "authorId");
        assertThat(shape.row(first, Map.of(), PostgresDialect.INSTANCE)).containsExactly("A", 3, 1);
        CreateData second = PostCreate.builder().authorId(2).title("B").views(4).build().toCreateData();
        assertThat(shape.matches(second)).isTrue();
        assertThat(shape.row(second, Map.of(), PostgresDialect.INSTANCE)).containsExactly("B", 4, 2);
        CreateData linkedShape = PostCreate.builder().title("C").build().toCreateData();
        CreateManyShape linked = CreateManyShape.of(PostFields.META, linkedShape, Map.of("authorId", 9), false);
        assertThat(linked.columns()).extracting("name").containsExactly("title", "authorId");
        assertThat(linked.row(linkedShape, Map.of("authorId", 9), PostgresDialect.INSTANCE)).containsExactly("C", 9);
    }

    @Test
    void recordsSettingOtherFieldsOrOrderDoNotMatch() {
        CreateData shapeRecord = PostCreate.builder().title("A").authorId(1).build().toCreateData();
        CreateManyShape shape = CreateManyShape.of(PostFields.META, shapeRecord, Map.of(), false);
        assertThat(shape.matches(PostCreate.builder().authorId(1).title("A").build().toCreateData())).isFalse();
        assertThat(shape.matches(PostCreate.builder().title("A").authorId(1).views(2).build().toCreateData()))
            .isFalse();
    }

    @Test
    void missingOrNullRequiredForeignKeyIsRefusedPerRecord() {
        CreateData withoutKey = PostCreate.builder().title("A").build().toCreateData();
        CreateManyShape shape = CreateManyShape.of(PostFields.META, withoutKey, Map.of(), false);
        assertThatIllegalArgumentException().isThrownBy(() -> shape.row(withoutKey, Map.of(), PostgresDialect.INSTANCE))
            .withMessage("Cannot create a Post without authorId: set the foreign key or connect or create the "
                    + "related record.");
    }

    @Test
    void clientFillsNowOnlyWhereTheDatabaseCannot() {
        CreateData user = UserCreate.builder().email("a@b.c").build().toCreateData();
        assertThat(CreateManyShape.of(UserFields.META, user, Map.of(), false).columns()).extracting("name")
            .doesNotContain("createdAt");
        CreateManyShape sqlite = CreateManyShape.of(UserFields.META, user, Map.of(), true);
        assertThat(sqlite.columns()).extracting("name").contains("createdAt");
        List<Object> row = sqlite.row(user, Map.of(), SqliteDialect.INSTANCE);
        int createdAt = sqlite.columns().indexOf(UserFields.CREATED_AT.meta());
        // SQLite stores DateTime as epoch milliseconds.
        assertThat((long) row.get(createdAt)).isCloseTo(Instant.now().toEpochMilli(),
                org.assertj.core.data.Offset.offset(60_000L));
    }

}
