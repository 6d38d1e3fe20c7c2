package dev.goofer.ddl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.metadata.DefaultValue;
import dev.goofer.metadata.EnumMeta;
import dev.goofer.metadata.IndexField;
import dev.goofer.metadata.IndexMeta;
import dev.goofer.metadata.ModelMeta;
import dev.goofer.metadata.Provider;
import dev.goofer.metadata.ReferentialAction;
import dev.goofer.metadata.ScalarType;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.metadata.SortOrder;

import static dev.goofer.ddl.TestModels.field;
import static dev.goofer.ddl.TestModels.model;

/**
 * A schema using every feature the DDL supports on a dialect: all scalar types, native
 * types, enums (and enum lists), defaults of every kind, compound and named keys, indexes
 * with sort, length, type and operator class, full-text, 1-1, 1-n, self and implicit m-n
 * relations, mapped names, ignored models and fields, a view, and {@code @@schema} on
 * PostgreSQL.
 */
final class KitchenSink {

    private KitchenSink() {
    }

    static SchemaMeta schema(DialectKind dialect) {
        boolean pg = dialect == DialectKind.POSTGRESQL;
        boolean mysql = dialect == DialectKind.MYSQL;
        boolean natives = dialect != DialectKind.SQLITE;
        List<EnumMeta> enums = List.of(TestModels.enumType("Mood", null, "HAPPY", "SAD", "it's"),
                TestModels.enumType("Tier", pg ? "sales" : null, "FREE", "PRO"));

        TestModels.Model account = model("Account").map("accounts");
        if (pg) {
            account.schema("sales");
        }
        account.id(field("id", ScalarType.STRING).defaultTo(new DefaultValue.Uuid(4)))
            .field(field("email", ScalarType.STRING).map("email_address"))
            .field(natives ? field("nickname", ScalarType.STRING).optional().db("VarChar", "50")
                    : field("nickname", ScalarType.STRING).optional())
            .field(field("active", ScalarType.BOOLEAN).defaultTo(Boolean.TRUE))
            .field(field("age", ScalarType.INT).optional())
            .field(natives
                    ? field("balance", ScalarType.DECIMAL).db("Decimal", "10", "2").defaultTo(new BigDecimal("0.00"))
                    : field("balance", ScalarType.DECIMAL).defaultTo(new BigDecimal("0")))
            .field(field("score", ScalarType.FLOAT).defaultTo(new BigDecimal("1.5")))
            .field(field("visits", ScalarType.BIGINT).defaultTo(0L))
            .field(field("createdAt", ScalarType.DATETIME).defaultTo(new DefaultValue.Now()))
            .field(natives ? field("birthday", ScalarType.DATETIME).optional().db("Date")
                    : field("birthday", ScalarType.DATETIME).optional())
            .field(field("fixedAt", ScalarType.DATETIME).defaultTo("2020-01-01T00:00:00Z"))
            .field(mysql ? field("settings", ScalarType.JSON).optional()
                    : field("settings", ScalarType.JSON).defaultTo("[]"))
            .field(field("avatar", ScalarType.BYTES).optional())
            .field(field("mood", ScalarType.ENUM).enumOf("Mood").defaultTo("HAPPY"))
            .field(field("tier", ScalarType.ENUM).enumOf("Tier").optional())
            .field(field("quote", ScalarType.STRING).defaultTo("it's"))
            .field(token(dialect))
            .field(field("legacy", ScalarType.INT).optional().ignored())
            .unique("email")
            .unique("accounts_nick_age", List.of(IndexField.of("nickname"), IndexField.of("age")))
            .index(new IndexMeta(List.of(new IndexField("createdAt", SortOrder.DESC, null, null)),
                    "accounts_createdAt_idx", null, false));
        if (pg) {
            account.field(field("tags", ScalarType.STRING).list().defaultTo(new DefaultValue.ListLiteral(List.of())))
                .field(field("moods", ScalarType.ENUM).enumOf("Mood")
                    .list()
                    .defaultTo(new DefaultValue.ListLiteral(List.of("HAPPY", "SAD"))))
                .field(field("ip", ScalarType.STRING).optional().db("Inet"))
                .field(field("ref", ScalarType.STRING).optional().db("Uuid"))
                .field(field("seenAt", ScalarType.DATETIME).optional().db("Timestamptz", "6"))
                .field(field("code", ScalarType.STRING).optional().db("Char", "4"))
                .field(field("ratio", ScalarType.FLOAT).optional().db("Real"))
                .field(field("shape", ScalarType.UNSUPPORTED).optional().unsupported("circle"));
        }
        if (mysql) {
            account.field(field("small", ScalarType.INT).optional().db("UnsignedSmallInt"))
                .field(field("bio", ScalarType.STRING).optional().db("Text"))
                .field(field("seenAt", ScalarType.DATETIME).optional().db("Timestamp", "6"))
                .field(field("blob", ScalarType.BYTES).optional().db("VarBinary", "16"))
                .field(field("year", ScalarType.INT).optional().db("Year"));
        }

        TestModels.Model order = model("Order").map("orders")
            .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
            .field(field("accountId", ScalarType.STRING))
            .forward("account", "Account", List.of("accountId"), List.of("id"), ReferentialAction.CASCADE, false)
            .field(field("number", ScalarType.INT))
            .field(natives ? field("note", ScalarType.STRING).optional().db("Text")
                    : field("note", ScalarType.STRING).optional())
            .field(field("meta", ScalarType.JSON).optional())
            .field(field("parentId", ScalarType.INT).optional())
            .forward("parent", "Order", List.of("parentId"), List.of("id"), ReferentialAction.SET_NULL, true)
            .unique("accountId", "number");
        if (pg) {
            order
                .index(new IndexMeta(List.of(new IndexField("meta", null, null, "JsonbPathOps")), "orders_meta_idx",
                        "Gin", false))
                .index(new IndexMeta(List.of(IndexField.of("number")), "orders_number_hash", "Hash", false));
        }
        if (mysql) {
            order.index(new IndexMeta(List.of(IndexField.of("note")), "orders_note_idx", null, true))
                .index(new IndexMeta(List.of(new IndexField("accountId", null, 10, null)), "orders_account_prefix",
                        null, false));
        }

        TestModels.Model line = model("OrderLine").field(field("orderId", ScalarType.INT))
            .field(field("lineNo", ScalarType.INT))
            .field(natives ? field("qty", ScalarType.INT).db("SmallInt").defaultTo(1L)
                    : field("qty", ScalarType.INT).defaultTo(1L))
            .field(field("price", ScalarType.DECIMAL))
            .forward("order", "Order", List.of("orderId"), List.of("id"), ReferentialAction.CASCADE, false)
            .id("orderId", "lineNo");

        TestModels.Model profile = model("Profile")
            .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
            .field(field("accountId", ScalarType.STRING))
            .forward("account", "Account", List.of("accountId"), List.of("id"), ReferentialAction.RESTRICT, false)
            .unique("accountId");

        TestModels.Model category = model("Category")
            .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
            .field(field("name", ScalarType.STRING))
            .manyToMany("products", "Product", "CategoryToProduct", "A");
        TestModels.Model product = model("Product")
            .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
            .field(field("sku", ScalarType.STRING))
            .manyToMany("categories", "Category", "CategoryToProduct", "B")
            .manyToMany("related", "Product", "Related", "A")
            .manyToMany("relatedBy", "Product", "Related", "B")
            .unique("sku");
        TestModels.Model audit = model("AuditLog").ignored()
            .id(field("id", ScalarType.INT).defaultTo(new DefaultValue.Autoincrement()))
            .field(field("message", ScalarType.STRING));

        List<ModelMeta> models = new ArrayList<>(List.of(account.build(), order.build(), line.build(), profile.build(),
                category.build(), product.build(), audit.build()));
        models.add(new ModelMeta("AccountSummary", "AccountSummary", null, true,
                List.of(field("id", ScalarType.STRING).build()), null, List.of(), List.of(), List.of(), false, null));
        return new SchemaMeta(provider(dialect), true, models, enums);
    }

    private static TestModels.Field token(DialectKind dialect) {
        return switch (dialect) {
            case POSTGRESQL -> field("token", ScalarType.STRING).db("Uuid")
                .defaultTo(new DefaultValue.DbGenerated("gen_random_uuid()"));
            case MYSQL -> field("token", ScalarType.STRING).db("VarChar", "36")
                .defaultTo(new DefaultValue.DbGenerated("(uuid())"));
            case SQLITE -> field("token", ScalarType.STRING)
                .defaultTo(new DefaultValue.DbGenerated("(lower(hex(randomblob(16))))"));
        };
    }

    static Provider provider(DialectKind dialect) {
        return switch (dialect) {
            case POSTGRESQL -> Provider.POSTGRESQL;
            case MYSQL -> Provider.MYSQL;
            case SQLITE -> Provider.SQLITE;
        };
    }

}
