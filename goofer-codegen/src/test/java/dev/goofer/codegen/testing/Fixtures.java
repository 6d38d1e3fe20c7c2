package dev.goofer.codegen.testing;

import java.math.BigDecimal;
import java.util.List;

import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.SortOrder;

import static dev.goofer.codegen.testing.Options.autoincrement;
import static dev.goofer.codegen.testing.Options.defaultEnum;
import static dev.goofer.codegen.testing.Options.defaultValue;
import static dev.goofer.codegen.testing.Options.doc;
import static dev.goofer.codegen.testing.Options.fields;
import static dev.goofer.codegen.testing.Options.id;
import static dev.goofer.codegen.testing.Options.ignore;
import static dev.goofer.codegen.testing.Options.list;
import static dev.goofer.codegen.testing.Options.map;
import static dev.goofer.codegen.testing.Options.nativeType;
import static dev.goofer.codegen.testing.Options.now;
import static dev.goofer.codegen.testing.Options.onDelete;
import static dev.goofer.codegen.testing.Options.optional;
import static dev.goofer.codegen.testing.Options.references;
import static dev.goofer.codegen.testing.Options.relationName;
import static dev.goofer.codegen.testing.Options.unique;
import static dev.goofer.codegen.testing.Options.updatedAt;
import static dev.goofer.codegen.testing.TestSchema.Types.BIGINT;
import static dev.goofer.codegen.testing.TestSchema.Types.BOOLEAN;
import static dev.goofer.codegen.testing.TestSchema.Types.BYTES;
import static dev.goofer.codegen.testing.TestSchema.Types.DATETIME;
import static dev.goofer.codegen.testing.TestSchema.Types.DECIMAL;
import static dev.goofer.codegen.testing.TestSchema.Types.FLOAT;
import static dev.goofer.codegen.testing.TestSchema.Types.INT;
import static dev.goofer.codegen.testing.TestSchema.Types.JSON;
import static dev.goofer.codegen.testing.TestSchema.Types.STRING;

/**
 * The schemas the golden and behaviour tests generate from.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The schema of goofer-core's hand-written blog fixture
     * ({@code fixture/blog.prisma}).
     * @return the schema
     */
    public static SchemaMeta blog() {
        return TestSchema.builder(Provider.SQLITE)
            .enumType("Role", "USER", "ADMIN=admin")
            .model("User",
                    (m) -> m.doc("A registered user.")
                        .field("id", INT, id(), autoincrement())
                        .field("email", STRING, unique())
                        .field("name", STRING, optional())
                        .enumField("role", "Role", defaultEnum("USER"))
                        .field("createdAt", DATETIME, now())
                        .relation("posts", "Post", list())
                        .relation("profile", "Profile", optional()))
            .model("Profile", (m) -> m.field("id", INT, id(), autoincrement())
                .field("bio", STRING)
                .field("userId", INT, unique())
                .relation("user", "User", fields("userId"), references("id"), onDelete(ReferentialAction.CASCADE)))
            .model("Post",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("title", STRING)
                        .field("published", BOOLEAN, defaultValue(false))
                        .field("views", INT, defaultValue(0L))
                        .field("authorId", INT)
                        .relation("author", "User", fields("authorId"), references("id"))
                        .relation("tags", "Tag", list())
                        .index(IndexField.of("authorId")))
            .model("Tag",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("name", STRING, unique())
                        .relation("posts", "Post", list()))
            .build();
    }

    /**
     * Every scalar type, lists, enums with {@code @map}, compound keys, self relations,
     * implicit and explicit many-to-many, one-to-one, mapped names, documentation, views,
     * ignored and unsupported fields and an ignored model.
     * @return the schema
     */
    public static SchemaMeta kitchenSink() {
        return TestSchema.builder(Provider.POSTGRESQL)
            .mappedEnumType("Role", "Role", "What a user may do.", "USER", "ADMIN=admin /// May manage <all> users.")
            .mappedEnumType("order_status", "order_status_enum", null, "pending", "shipped=SHIPPED", "last7d")
            .model("all_types",
                    (m) -> m.map("AllTypes")
                        .doc("Every scalar type.\nOne field per type, <b>required</b> & optional: */ is escaped.")
                        .field("id", STRING, id(), defaultValue(new DefaultValue.Uuid(4)))
                        .field("cuid", STRING, unique(), defaultValue(new DefaultValue.Cuid(2)))
                        .field("text", STRING, nativeType("VarChar", "255"), doc("Free text, at most 255 characters."))
                        .field("optional_text", STRING, optional())
                        .field("flag", BOOLEAN, defaultValue(true))
                        .field("optional_flag", BOOLEAN, optional())
                        .field("count", INT, defaultValue(0))
                        .field("optional_count", INT, optional())
                        .field("big", BIGINT, defaultValue(10L))
                        .field("optional_big", BIGINT, optional())
                        .field("ratio", FLOAT, defaultValue(1.5d))
                        .field("optional_ratio", FLOAT, optional())
                        .field("price", DECIMAL, defaultValue(new BigDecimal("9.99")), nativeType("Decimal", "10", "2"))
                        .field("optional_price", DECIMAL, optional())
                        .field("created_at", DATETIME, now(), map("created_at"))
                        .field("updated_at", DATETIME, updatedAt())
                        .field("optional_at", DATETIME, optional())
                        .field("payload", JSON, defaultValue("{}"))
                        .field("optional_payload", JSON, optional())
                        .field("blob", BYTES)
                        .field("optional_blob", BYTES, optional())
                        .enumField("role", "Role", defaultEnum("USER"))
                        .enumField("optional_role", "Role", optional())
                        .enumField("status", "order_status", defaultEnum("pending"))
                        .field("tags", STRING, list(), defaultValue(new DefaultValue.ListLiteral(List.of())))
                        .field("scores", INT, list(), defaultValue(new DefaultValue.ListLiteral(List.of(1L, 2L))))
                        .enumField("roles", "Role", list())
                        .field("instants", DATETIME, list())
                        .field("amounts", DECIMAL, list())
                        .field("legacy", STRING, optional(), ignore())
                        .unsupported("location", "point", optional())
                        .field("serial", INT, defaultValue(new DefaultValue.DbGenerated("nextval('serial_seq')")))
                        .field("nano", STRING, defaultValue(new DefaultValue.Nanoid(16)))
                        .index(new IndexField("created_at", SortOrder.DESC, null, null)))
            .model("User",
                    (m) -> m.map("users")
                        .doc("A registered user.")
                        .field("id", INT, id(), autoincrement())
                        .field("email", STRING, unique(), doc("The login; unique."))
                        .field("name", STRING, optional())
                        .enumField("role", "Role", defaultEnum("USER"))
                        .relation("profile", "Profile", optional(), doc("The public profile, if any."))
                        .relation("posts", "Post", list())
                        .relation("memberships", "Membership", list())
                        .relation("logs", "LegacyLog", list(), ignore()))
            .model("Profile", (m) -> m.field("id", INT, id(), autoincrement())
                .field("bio", STRING)
                .field("userId", INT, unique(), map("user_id"))
                .relation("user", "User", fields("userId"), references("id"), onDelete(ReferentialAction.CASCADE)))
            .model("Post",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("title", STRING)
                        .field("authorId", INT, optional())
                        .relation("author", "User", optional(), fields("authorId"), references("id"))
                        .relation("tags", "Tag", list())
                        .relation("categories", "PostCategory", list()))
            .model("Tag",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("name", STRING, unique())
                        .relation("posts", "Post", list()))
            .model("Category",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("name", STRING)
                        .relation("posts", "PostCategory", list()))
            .model("PostCategory",
                    (m) -> m.field("postId", INT)
                        .field("categoryId", INT)
                        .field("assignedAt", DATETIME, now())
                        .relation("post", "Post", fields("postId"), references("id"))
                        .relation("category", "Category", fields("categoryId"), references("id"))
                        .id(null, "postId", "categoryId"))
            .model("Team",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("name", STRING)
                        .relation("memberships", "Membership", list()))
            .model("Membership",
                    (m) -> m.field("userId", INT)
                        .field("teamId", INT)
                        .enumField("role", "Role")
                        .relation("user", "User", fields("userId"), references("id"))
                        .relation("team", "Team", fields("teamId"), references("id"))
                        .id("membershipId", "userId", "teamId")
                        .unique("teamRole", "teamId", "role"))
            .model("Employee",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("name", STRING)
                        .field("managerId", INT, optional())
                        .relation("manager", "Employee", optional(), relationName("Management"), fields("managerId"),
                                references("id"))
                        .relation("reports", "Employee", list(), relationName("Management"))
                        .relation("friends", "Employee", list(), relationName("Friends"))
                        .relation("friendOf", "Employee", list(), relationName("Friends")))
            .model("LegacyLog",
                    (m) -> m.ignore()
                        .field("id", INT, id(), autoincrement())
                        .field("message", STRING)
                        .field("userId", INT)
                        .relation("user", "User", fields("userId"), references("id")))
            .model("Location",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("name", STRING)
                        .unsupported("point", "point")
                        .unsupported("area", "polygon", optional()))
            .view("UserStats",
                    (m) -> m.doc("Posts per user, computed by the database.")
                        .field("userId", INT, unique())
                        .field("postCount", INT)
                        .field("lastPostAt", DATETIME, optional()))
            .view("DailyTotals", (m) -> m.field("day", DATETIME).field("total", DECIMAL))
            .build();
    }

    /**
     * Models, fields and enum values named like Java keywords, JDK and Goofer types, and
     * members the generated types already have, a model named like the field handles of
     * another, and fields whose Java names others take: all must still compile.
     * @return the schema
     */
    public static SchemaMeta clashes() {
        TestSchema schema = TestSchema.builder(Provider.POSTGRESQL)
            .enumType("Provider", "GOOGLE", "default", "class", "META", "BY_DATABASE_VALUE", "databaseValue", "org")
            .enumType("STATUS", "ACTIVE", "INACTIVE")
            .enumType("SortOrder", "ASC", "DESC")
            .model("Thing",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("default", STRING)
                        .field("class", STRING)
                        .field("build", STRING)
                        .field("_count", INT)
                        .field("hashCode", INT)
                        .field("toString", STRING)
                        .field("getClass", STRING)
                        .field("meta", JSON)
                        .field("factory", STRING)
                        .field("builder", STRING)
                        .field("data", STRING)
                        .field("row", STRING)
                        .field("value", STRING)
                        .field("org", STRING, unique())
                        .field("java", STRING, unique())
                        .field("com", STRING)
                        .field("instant", DATETIME)
                        .field("flag", BOOLEAN, defaultValue(false))
                        .field("tags", STRING, list())
                        .enumField("status", "STATUS")
                        .enumField("provider", "Provider")
                        .enumField("order", "SortOrder", optional())
                        .field("parentId", INT, optional())
                        .field("optionalId", INT, optional())
                        .relation("parent", "Thing", optional(), fields("parentId"), references("id"))
                        .relation("things", "Thing", list())
                        .relation("optional", "Optional", optional(), fields("optionalId"), references("id"))
                        .relation("strings", "String", list())
                        .field("builderId", INT, optional())
                        .relation("builderModel", "Builder", optional(), fields("builderId"), references("id"))
                        .relation("consumers", "Consumer", list())
                        .unique(null, "org", "java")
                        .index(new IndexField("instant", SortOrder.DESC, null, null)));
        for (String name : List.of("Object", "Class", "Override", "Integer", "Boolean", "Record", "Generated",
                "Nullable", "WhereUnique", "GeneratedSupport", "ModelClient", "ViewClient", "Instant", "Json", "Map",
                "Transaction", "Batch", "On", "Executor", "QueryRaw", "Model", "Create", "Builder", "Optional")) {
            schema.model(name, (m) -> m.field("id", INT, id(), autoincrement()).field("flag", BOOLEAN, optional()));
        }
        return schema
            .model("String",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("value", STRING)
                        .field("thingId", INT)
                        .relation("thing", "Thing", fields("thingId"), references("id")))
            .model("List", (m) -> m.field("id", INT, id(), autoincrement()).field("items", STRING, list()))
            .model("Consumer",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("thingId", INT, optional())
                        .relation("thing", "Thing", optional(), fields("thingId"), references("id")))
            .view("Stats", (m) -> m.field("total", INT, unique()))
            .model("ThingFields",
                    (m) -> m.field("id", INT, id(), autoincrement())
                        .field("created_at", INT, optional())
                        .field("createdAt", DATETIME)
                        .field("tags", STRING, list())
                        .field("pushTags", STRING, optional()))
            .build();
    }

}
