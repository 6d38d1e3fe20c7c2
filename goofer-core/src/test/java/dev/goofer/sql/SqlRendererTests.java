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
    void jsonFiltersOnAPostgresJsonColumnCompareAsJsonb() {
        var plain = new dev.goofer.metadata.ScalarFieldMeta("plain", "plain", dev.goofer.metadata.ScalarType.JSON, null,
                true, false, new dev.goofer.metadata.NativeType("Json", List.of()), null, false, false, null, null);
        var model = new dev.goofer.metadata.ModelMeta("Doc", "Doc", null, false, List.of(plain),
                new dev.goofer.metadata.PrimaryKey(List.of(dev.goofer.metadata.IndexField.of("plain")), null,
                        "Doc_pkey"),
                List.of(), List.of(), List.of(), false, null);
        var schema = new dev.goofer.metadata.SchemaMeta(dev.goofer.metadata.Provider.POSTGRESQL, true, List.of(model),
                List.of());
        BoundSql sql = new SqlRenderer(schema, PostgresDialect.INSTANCE).where(model, new Filter.JsonFilter(plain,
                List.of("size"), Filter.JsonOperator.EQUALS, dev.goofer.types.Json.string("small")));
        assertThat(sql.sql()).isEqualTo("((CAST(\"Doc\".\"plain\" AS jsonb) #> ARRAY[?]::text[]) = CAST(? AS jsonb))");
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(FilterRenderer.likePattern(Filter.TextOperator.CONTAINS, "a%b_c\\")).isEqualTo("%a\\%b\\_c\\\\%");
        assertThat(FilterRenderer.globPattern(Filter.TextOperator.STARTS_WITH, "a*b?[c")).isEqualTo("a[*]b[?][[]c*");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void cachedTemplatesBindTheValuesOfEachStatement(Dialect dialect) {
        SqlRenderer renderer = new SqlRenderer(GooferSchema.SCHEMA, dialect);
        BoundSql ada = renderer.where(UserFields.META, emailContains("ada"));
        SelectSpec first = spec(emailContains("ada%"), List.of(List.of(1)));
        SelectSpec second = spec(emailContains("bob_"), List.of(List.of(2)));
        BoundSql one = renderer.select(first);
        BoundSql two = renderer.select(second);
        assertThat(renderer.cachedShapes()).isEqualTo(1);
        assertThat(two.sql()).isEqualTo(one.sql());
        SqlRenderer fresh = new SqlRenderer(GooferSchema.SCHEMA, dialect);
        assertThat(two).isEqualTo(fresh.select(second));
        assertThat(one.parameters()).isNotEqualTo(two.parameters());
        assertThat(ada.sql()).isNotEmpty();
        renderer.select(spec(emailContains("x"), List.of(List.of(1), List.of(2))));
        assertThat(renderer.cachedShapes()).isEqualTo(2);
    }

    private static Filter emailContains(String text) {
        return Filter.and(List.of(new Filter.Text(UserFields.EMAIL.meta(), Filter.TextOperator.CONTAINS, text, false),
                new Filter.In(UserFields.ROLE.meta(), List.of(dev.goofer.fixture.blog.Role.ADMIN), false, false)));
    }

    private static SelectSpec spec(Filter where, List<List<Object>> parents) {
        return new SelectSpec(dev.goofer.fixture.blog.PostFields.META,
                new dev.goofer.query.Filter.Relation(dev.goofer.fixture.blog.PostFields.AUTHOR.meta(),
                        Filter.Quantifier.IS, where),
                List.of(), 3, null, null, List.of(dev.goofer.fixture.blog.PostFields.ID.meta()), List.of(),
                new RelationScope(UserFields.META, UserFields.POSTS.meta(), parents, true));
    }

}
