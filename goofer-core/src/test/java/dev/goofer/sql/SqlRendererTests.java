package dev.goofer.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.query.Filter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exact SQL of representative statements, per dialect, against checked-in expected
 * files under {@code src/test/resources/sql}. Rewrite them with
 * {@code -Dgoofer.updateExpected=true} after an intended change, and review the diff.
 */
class SqlRendererTests {

    static List<Dialect> dialects() {
        return List.of(PostgresDialect.INSTANCE, MySqlDialect.INSTANCE, SqliteDialect.INSTANCE);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void representativeStatementsRenderExactly(Dialect dialect) throws IOException {
        StringBuilder actual = new StringBuilder();
        for (Map.Entry<String, BoundSql> entry : SqlShapes.render(dialect).entrySet()) {
            actual.append(entry.getKey())
                .append(":\n  ")
                .append(entry.getValue().sql())
                .append("\n  ")
                .append(entry.getValue().parameters())
                .append('\n');
        }
        String resource = "sql/" + dialect.name() + ".txt";
        if (Boolean.getBoolean("goofer.updateExpected")) {
            Path file = Path.of("src/test/resources", resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        try (InputStream expected = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(expected).as(resource).isNotNull();
            assertThat(actual.toString()).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void identifiersAreQuotedPerDialect() {
        assertThat(PostgresDialect.INSTANCE.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(MySqlDialect.INSTANCE.quote("we`ird")).isEqualTo("`we``ird`");
        assertThat(SqliteDialect.INSTANCE.table("User", "main")).isEqualTo("\"main\".\"User\"");
    }

    @Test
    void valuesAreAlwaysBoundNeverInlined() {
        String hostile = "x'; DROP TABLE \"User\"; --";
        BoundSql sql = new SqlRenderer(GooferSchema.SCHEMA, PostgresDialect.INSTANCE).where(UserFields.META,
                new Filter.Compare(UserFields.EMAIL.meta(), Filter.CompareOperator.EQUALS, hostile, false));
        assertThat(sql.sql()).isEqualTo("\"User\".\"email\" = ?");
        assertThat(sql.parameters()).containsExactly(hostile);
    }

    @Test
    void scalarListFiltersNeedPostgresql() {
        var labels = dev.goofer.fixture.shop.ListingFields.LABELS.meta();
        SqlRenderer mysql = new SqlRenderer(dev.goofer.fixture.shop.GooferSchema.SCHEMA, MySqlDialect.INSTANCE);
        assertThatThrownBy(() -> mysql.where(dev.goofer.fixture.shop.ListingFields.META,
                new Filter.ListFilter(labels, Filter.ListOperator.HAS, "a")))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("PostgreSQL");
        BoundSql postgres = new SqlRenderer(dev.goofer.fixture.shop.GooferSchema.SCHEMA, PostgresDialect.INSTANCE)
            .where(dev.goofer.fixture.shop.ListingFields.META,
                    Filter.and(List.of(new Filter.ListFilter(labels, Filter.ListOperator.HAS_SOME, List.of("a", "b")),
                            new Filter.ListFilter(dev.goofer.fixture.shop.ListingFields.STATUSES.meta(),
                                    Filter.ListOperator.HAS_EVERY, List.of(dev.goofer.fixture.shop.Status.ARCHIVED)))));
        assertThat(postgres.sql())
            .isEqualTo("(\"Listing\".\"labels\" && ? AND \"Listing\".\"statuses\" @> CAST(? AS \"product_status\"[]))");
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(FilterRenderer.likePattern(Filter.TextOperator.CONTAINS, "a%b_c\\")).isEqualTo("%a\\%b\\_c\\\\%");
        assertThat(FilterRenderer.globPattern(Filter.TextOperator.STARTS_WITH, "a*b?[c")).isEqualTo("a[*]b[?][[]c*");
    }

}
