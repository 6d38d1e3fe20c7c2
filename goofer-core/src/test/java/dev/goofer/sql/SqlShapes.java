package dev.goofer.sql;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.fixture.blog.PostFields;
import dev.goofer.fixture.blog.Role;
import dev.goofer.fixture.blog.TagFields;
import dev.goofer.fixture.blog.UserFields;
import dev.goofer.fixture.shop.ProductFields;
import dev.goofer.metadata.SortOrder;
import dev.goofer.query.Aggregation;
import dev.goofer.query.FieldUpdate;
import dev.goofer.query.FieldValue;
import dev.goofer.query.Filter;
import dev.goofer.query.Operation;
import dev.goofer.query.OrderBy;
import dev.goofer.query.Projection;
import dev.goofer.query.UniqueWhere;
import dev.goofer.types.Json;

/**
 * The representative statements the exact-SQL tests render for every dialect.
 */
final class SqlShapes {

    private SqlShapes() {
    }

    static Map<String, BoundSql> render(Dialect dialect) {
        SqlRenderer blog = new SqlRenderer(GooferSchema.SCHEMA, dialect);
        SqlRenderer shop = new SqlRenderer(dev.goofer.fixture.shop.GooferSchema.SCHEMA, dialect);
        var user = UserFields.META;
        var post = PostFields.META;
        var id = UserFields.ID.meta();
        var email = UserFields.EMAIL.meta();
        var name = UserFields.NAME.meta();
        var views = PostFields.VIEWS.meta();
        Map<String, BoundSql> sql = new LinkedHashMap<>();
        sql.put("findUnique", blog
            .select(new SelectSpec(user, eq(id, 7), List.of(), 1, null, null, List.of(id, email), List.of(), null)));
        sql.put("filters",
                blog.where(user, Filter.and(List.of(
                        new Filter.Or(List.of(eq(UserFields.ROLE.meta(), Role.ADMIN), new Filter.IsNull(name, false))),
                        new Filter.Not(new Filter.In(id, List.of(1, 2), false, false)),
                        new Filter.Text(email, Filter.TextOperator.CONTAINS, "50%_off", false),
                        new Filter.Text(email, Filter.TextOperator.STARTS_WITH, "Ada", true),
                        new Filter.Compare(name, Filter.CompareOperator.EQUALS, "ADA", true)))));
        sql.put("relationFilters",
                blog.where(user, Filter.and(List.of(
                        new Filter.Relation(UserFields.POSTS.meta(), Filter.Quantifier.SOME,
                                new Filter.Relation(PostFields.TAGS.meta(), Filter.Quantifier.SOME,
                                        eq(TagFields.NAME.meta(), "java"))),
                        new Filter.Relation(UserFields.POSTS.meta(), Filter.Quantifier.EVERY,
                                eq(PostFields.PUBLISHED.meta(), true)),
                        new Filter.Relation(UserFields.PROFILE.meta(), Filter.Quantifier.IS_NOT, Filter.TRUE)))));
        sql.put("toOneFilter", blog.where(post,
                new Filter.Relation(PostFields.AUTHOR.meta(), Filter.Quantifier.IS, eq(email, "ada@acme.com"))));
        sql.put("orderings",
                blog.select(new SelectSpec(post, Filter.TRUE,
                        List.of(new OrderBy.Field(PostFields.TITLE.meta(), SortOrder.ASC, OrderBy.Nulls.LAST),
                                new OrderBy.RelationField(List.of(PostFields.AUTHOR.meta()), name, SortOrder.DESC,
                                        null),
                                new OrderBy.Field(PostFields.ID.meta(), SortOrder.ASC, null)),
                        10, 20, null, List.of(PostFields.ID.meta()), List.of(), null)));
        sql.put("relationCount", blog.select(new SelectSpec(user, Filter.TRUE,
                List.of(new OrderBy.RelationCount(UserFields.POSTS.meta(), SortOrder.DESC)), null, null, null,
                List.of(id),
                List.of(new Projection.CountInclude(UserFields.POSTS.meta(), eq(PostFields.PUBLISHED.meta(), true))),
                null)));
        sql.put("cursor",
                blog.select(new SelectSpec(post, Filter.TRUE,
                        List.of(new OrderBy.Field(views, SortOrder.DESC, null),
                                new OrderBy.Field(PostFields.ID.meta(), SortOrder.ASC, null)),
                        5, null, new UniqueWhere(List.of(new FieldValue(PostFields.ID.meta(), 3)), Filter.TRUE),
                        List.of(PostFields.ID.meta()), List.of(), null)));
        sql.put("includeWindow",
                blog.select(new SelectSpec(post, eq(PostFields.PUBLISHED.meta(), true),
                        List.of(new OrderBy.Field(PostFields.ID.meta(), SortOrder.ASC, null)), 2, 1, null,
                        List.of(PostFields.ID.meta(), PostFields.TITLE.meta()), List.of(),
                        new RelationScope(user, UserFields.POSTS.meta(), List.of(List.of(1), List.of(2)), true))));
        // The link column (authorId) is among the selected columns: it is not selected
        // twice.
        sql.put("includeLinkSelected",
                blog.select(new SelectSpec(post, Filter.TRUE,
                        List.of(new OrderBy.Field(PostFields.ID.meta(), SortOrder.ASC, null)), null, null, null,
                        List.of(PostFields.ID.meta(), PostFields.AUTHOR_ID.meta()), List.of(),
                        new RelationScope(user, UserFields.POSTS.meta(), List.of(List.of(1), List.of(2)), true))));
        sql.put("includeWindowLinkSelected",
                blog.select(new SelectSpec(post, Filter.TRUE,
                        List.of(new OrderBy.Field(PostFields.ID.meta(), SortOrder.ASC, null)), 2, null, null,
                        List.of(PostFields.ID.meta(), PostFields.AUTHOR_ID.meta()), List.of(),
                        new RelationScope(user, UserFields.POSTS.meta(), List.of(List.of(1), List.of(2)), true))));
        sql.put("includeManyToMany",
                blog.select(new SelectSpec(TagFields.META, Filter.TRUE,
                        List.of(new OrderBy.Field(TagFields.ID.meta(), SortOrder.ASC, null)), null, null, null,
                        List.of(TagFields.ID.meta(), TagFields.NAME.meta()), List.of(),
                        new RelationScope(post, PostFields.TAGS.meta(), List.of(List.of(4)), true))));
        sql.put("aggregateWindow",
                blog.aggregate(
                        new SelectSpec(post, Filter.TRUE, List.of(new OrderBy.Field(views, SortOrder.DESC, null)), 10,
                                null, null, List.of(), List.of(), null),
                        List.of(new Aggregation(Aggregation.Function.COUNT, null),
                                new Aggregation(Aggregation.Function.SUM, views),
                                new Aggregation(Aggregation.Function.AVG, views))));
        Aggregation sum = new Aggregation(Aggregation.Function.SUM, views);
        sql.put("groupBy", blog.groupBy(
                new Operation.GroupBy(post, List.of(PostFields.AUTHOR_ID.meta()), eq(PostFields.PUBLISHED.meta(), true),
                        new Filter.AggregateCompare(sum, Filter.CompareOperator.GT, 100), List.of(), 5, null,
                        List.of(new Aggregation(Aggregation.Function.COUNT, null), sum)),
                List.of(new OrderBy.Aggregate(sum, SortOrder.DESC)), 5, null));
        sql.put("insert", new BoundSql(blog.insert(user, List.of(email, name), false), List.of()));
        sql.put("insertSkipDuplicates", new BoundSql(blog.insert(user, List.of(email), true), List.of()));
        sql.put("update",
                blog.update(post, eq(PostFields.ID.meta(), 3),
                        List.of(new FieldUpdate(views, FieldUpdate.Operation.INCREMENT, 1),
                                new FieldUpdate(PostFields.TITLE.meta(), FieldUpdate.Operation.SET, "New"))));
        sql.put("updateManyWithRelationFilter",
                blog.update(post,
                        new Filter.Relation(PostFields.AUTHOR.meta(), Filter.Quantifier.IS, eq(email, "a@b.c")),
                        List.of(new FieldUpdate(views, FieldUpdate.Operation.DIVIDE, 2))));
        sql.put("delete", blog.delete(user, eq(email, "a@b.c")));
        sql.put("upsert", blog.upsert(user, List.of(new FieldValue(email, "a@b.c"), new FieldValue(name, "A")),
                List.of(email), List.of(new FieldUpdate(name, FieldUpdate.Operation.SET, "B"))));
        sql.put("count",
                blog.aggregate(
                        new SelectSpec(user, new Filter.Text(email, Filter.TextOperator.ENDS_WITH, "@acme.com", false),
                                List.of(), null, null, null, List.of(), List.of(), null),
                        List.of(new Aggregation(Aggregation.Function.COUNT, null),
                                new Aggregation(Aggregation.Function.COUNT, name))));
        sql.put("insertRows", new BoundSql(blog.insertRows(user, List.of(email, name), 3, true), List.of()));
        sql.put("joinInsert", new BoundSql(blog.joinInsert(PostFields.TAGS.meta().joinTable()), List.of()));
        sql.put("joinDelete", new BoundSql(blog.joinDelete(PostFields.TAGS.meta().joinTable(), true), List.of()));
        sql.put("jsonFilters",
                shop.where(ProductFields.META,
                        Filter.and(List.of(
                                new Filter.JsonFilter(ProductFields.ATTRIBUTES.meta(), List.of("dims", "w"),
                                        Filter.JsonOperator.EQUALS, Json.of("3")),
                                new Filter.JsonFilter(ProductFields.ATTRIBUTES.meta(), List.of("color"),
                                        Filter.JsonOperator.STRING_CONTAINS, "red")))));
        sql.put("decimal", shop.where(ProductFields.META, new Filter.Compare(ProductFields.PRICE.meta(),
                Filter.CompareOperator.GTE, new BigDecimal("1.50"), false)));
        return sql;
    }

    static Filter eq(dev.goofer.metadata.ScalarFieldMeta field, Object value) {
        return new Filter.Compare(field, Filter.CompareOperator.EQUALS, value, false);
    }

}
