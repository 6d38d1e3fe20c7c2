package dev.goofer.itest;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.goofer.client.Where;
import dev.goofer.ddl.PushOptions;
import dev.goofer.ddl.SchemaManager;
import dev.goofer.execution.JdbcQueryExecutor;
import dev.goofer.itest.pg.GooferClient;
import dev.goofer.itest.pg.GooferSchema;
import dev.goofer.itest.pg.Listing;
import dev.goofer.itest.pg.ListingCreate;
import dev.goofer.itest.pg.ListingFields;
import dev.goofer.itest.pg.ListingUpdate;
import dev.goofer.itest.pg.ListingWhereUnique;
import dev.goofer.itest.pg.Shade;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.Databases;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.types.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only PostgreSQL has: scalar lists with their filters and pushes, and Json filters
 * on a {@code json} (not {@code jsonb}) column.
 */
@Databases(DatabaseKind.POSTGRESQL)
class PostgresOnlyTests {

    static HikariDataSource dataSource;

    static GooferClient db;

    @BeforeAll
    static void pushSchema(TestDatabase database) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setMaximumPoolSize(2);
        SchemaManager.push(dataSource, GooferSchema.SCHEMA, PushOptions.defaults());
        db = new GooferClient(JdbcQueryExecutor.create(dataSource, GooferSchema.SCHEMA));
    }

    @AfterAll
    static void closeDataSource() {
        dataSource.close();
    }

    @BeforeEach
    void seed() {
        new JdbcTemplate(dataSource).update("DELETE FROM \"Listing\"");
        listing(List.of("red", "blue"), List.of(1, 2, 3), List.of(Shade.DARK), "{\"size\": \"large\", \"n\": 3}");
        listing(List.of("green"), List.of(), List.of(Shade.LIGHT, Shade.DARK),
                "{\"size\": \"small\", \"tags\": [\"a\"]}");
        listing(List.of(), List.of(7), List.of(), null);
    }

    static Listing listing(List<String> labels, List<Integer> scores, List<Shade> shades, String json) {
        return db.listing()
            .create(ListingCreate.builder()
                .labels(labels)
                .scores(scores)
                .shades(shades)
                .plain((json != null) ? Json.of(json) : null)
                .binary((json != null) ? Json.of(json) : null)
                .build())
            .execute();
    }

    static List<List<String>> labels(Where<Listing> where) {
        return db.listing()
            .findMany()
            .where(where)
            .orderBy(ListingFields.ID.asc())
            .fetch()
            .stream()
            .map(Listing::labels)
            .toList();
    }

    @Test
    void scalarListsRoundTripAndFilter() {
        assertThat(labels(Where.all())).containsExactly(List.of("red", "blue"), List.of("green"), List.of());
        assertThat(labels(ListingFields.LABELS.has("blue"))).containsExactly(List.of("red", "blue"));
        assertThat(labels(ListingFields.SCORES.hasSome(List.of(3, 7)))).hasSize(2);
        assertThat(labels(ListingFields.SCORES.hasEvery(List.of(1, 3)))).containsExactly(List.of("red", "blue"));
        assertThat(labels(ListingFields.SHADES.has(Shade.LIGHT))).containsExactly(List.of("green"));
        assertThat(labels(ListingFields.SHADES.hasEvery(List.of(Shade.DARK, Shade.LIGHT))))
            .containsExactly(List.of("green"));
        assertThat(labels(ListingFields.LABELS.isEmpty())).containsExactly(List.of());
        assertThat(labels(ListingFields.SCORES.isNotEmpty())).hasSize(2);
        assertThat(labels(ListingFields.LABELS.eq(List.of("green")))).containsExactly(List.of("green"));
    }

    @Test
    void scalarListsAreSetAndPushedTo() {
        Listing first = db.listing().findFirstOrThrow().orderBy(ListingFields.ID.asc()).fetch();
        Listing updated = db.listing()
            .update(ListingWhereUnique.id(first.id()),
                    ListingUpdate.builder().pushLabels("black").pushScores(List.of(8, 9)).shades(List.of()).build())
            .execute();
        assertThat(updated.labels()).containsExactly("red", "blue", "black");
        assertThat(updated.scores()).containsExactly(1, 2, 3, 8, 9);
        assertThat(updated.shades()).isEmpty();
    }

    @Test
    void jsonFiltersWorkOnJsonAndJsonbColumns() {
        assertThat(labels(ListingFields.BINARY.path("size").eq(Json.string("small"))))
            .containsExactly(List.of("green"));
        assertThat(labels(ListingFields.PLAIN.path("size").eq(Json.string("small")))).containsExactly(List.of("green"));
        assertThat(labels(ListingFields.PLAIN.path("size").stringContains("arg")))
            .containsExactly(List.of("red", "blue"));
        assertThat(labels(ListingFields.PLAIN.path("tags").arrayContains(Json.of("[\"a\"]"))))
            .containsExactly(List.of("green"));
        assertThat(labels(ListingFields.PLAIN.path("n").eq(Json.of("3")))).containsExactly(List.of("red", "blue"));
        assertThat(labels(ListingFields.PLAIN.path("size").not(Json.string("small"))))
            .containsExactly(List.of("red", "blue"));
    }

}
