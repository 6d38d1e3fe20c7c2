package dev.goofer.integration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.goofer.client.NumberOperation;
import dev.goofer.fixture.shop.Category;
import dev.goofer.fixture.shop.CategoryCreate;
import dev.goofer.fixture.shop.CategoryFields;
import dev.goofer.fixture.shop.CategoryWhereUnique;
import dev.goofer.fixture.shop.DetailCreate;
import dev.goofer.fixture.shop.DetailUpdate;
import dev.goofer.fixture.shop.Line;
import dev.goofer.fixture.shop.LineCreate;
import dev.goofer.fixture.shop.LineFields;
import dev.goofer.fixture.shop.LineUpdate;
import dev.goofer.fixture.shop.LineWhereUnique;
import dev.goofer.fixture.shop.Product;
import dev.goofer.fixture.shop.ProductCreate;
import dev.goofer.fixture.shop.ProductFields;
import dev.goofer.fixture.shop.ProductUpdate;
import dev.goofer.fixture.shop.ProductWhereUnique;
import dev.goofer.fixture.shop.Status;
import dev.goofer.fixture.shop.Token;
import dev.goofer.fixture.shop.TokenCreate;
import dev.goofer.types.Bytes;
import dev.goofer.types.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scalar type, mapped names, compound keys, self and one-to-one relations, implicit
 * many-to-many between different key types, Json filters and client-side defaults.
 */
abstract class ShopTypeTests extends ShopDatabase {

    static final Instant RELEASED = Instant.parse("2024-02-29T13:14:15.678Z");

    static Product product(String sku, String name, Status status, String price) {
        return db.product()
            .create(ProductCreate.builder().sku(sku).name(name).status(status).price(new BigDecimal(price)).build())
            .execute();
    }

    @Test
    void everyScalarTypeRoundTrips() {
        Product created = db.product()
            .create(ProductCreate.builder()
                .sku("SKU-1")
                .name("Widget")
                .status(Status.ARCHIVED)
                .price(new BigDecimal("12.50"))
                .weight(1.25)
                .stock(7)
                .serial(1L << 40)
                .active(false)
                .releasedAt(RELEASED)
                .attributes(Json.of("{\"color\": \"red\", \"sizes\": [1, 2], \"dims\": {\"w\": 3}}"))
                .image(Bytes.fromHex("00ff10"))
                .build())
            .execute();
        Product read = db.product().findUniqueOrThrow(ProductWhereUnique.sku("SKU-1")).fetch();
        assertThat(read.id()).startsWith("c").hasSize(25).isEqualTo(created.id());
        assertThat(read.price()).isEqualByComparingTo("12.5");
        assertThat(read.weight()).isEqualTo(1.25);
        assertThat(read.stock()).isEqualTo(7);
        assertThat(read.serial()).isEqualTo(1L << 40);
        assertThat(read.active()).isFalse();
        assertThat(read.status()).isEqualTo(Status.ARCHIVED);
        assertThat(read.releasedAt()).isEqualTo(RELEASED);
        assertThat(read.updatedAt()).isNotNull();
        assertThat(read.attributes().text().replace(" ", "")).contains("\"color\":\"red\"");
        assertThat(read.image()).isEqualTo(Bytes.fromHex("00ff10"));
        String stored = jdbc.queryForObject("SELECT " + quote("status") + " FROM " + quote("products"), String.class);
        assertThat(stored).isEqualTo("archived");
    }

    @Test
    void filtersWorkOnEveryScalarType() {
        product("A", "Alpha", Status.ACTIVE, "1.10");
        db.product()
            .create(ProductCreate.builder()
                .sku("B")
                .name("Beta")
                .price(new BigDecimal("2.20"))
                .serial(5L)
                .releasedAt(RELEASED)
                .image(Bytes.fromHex("0102"))
                .build())
            .execute();
        assertThat(db.product().findMany().where(ProductFields.PRICE.gt(new BigDecimal("1.5"))).fetch())
            .extracting(Product::sku)
            .containsExactly("B");
        assertThat(db.product().findMany().where(ProductFields.RELEASED_AT.gte(RELEASED)).fetch()).hasSize(1);
        assertThat(db.product().findMany().where(ProductFields.RELEASED_AT.lt(RELEASED)).fetch()).isEmpty();
        assertThat(db.product().findMany().where(ProductFields.SERIAL.eq(5L)).fetch()).hasSize(1);
        assertThat(db.product().findMany().where(ProductFields.IMAGE.eq(Bytes.fromHex("0102"))).fetch()).hasSize(1);
        assertThat(db.product().findMany().where(ProductFields.STATUS.in(Status.ACTIVE)).fetch()).hasSize(2);
        assertThat(db.product().findMany().where(ProductFields.ACTIVE.eq(true)).fetch()).hasSize(2);
    }

    @Test
    void updatedAtIsSetOnCreateAndEveryUpdate() throws InterruptedException {
        Product created = product("A", "Alpha", Status.ACTIVE, "1");
        Thread.sleep(5);
        Product updated = db.product()
            .update(ProductWhereUnique.id(created.id()),
                    ProductUpdate.builder().stock(NumberOperation.increment(3)).build())
            .execute();
        assertThat(updated.updatedAt()).isAfter(created.updatedAt());
        assertThat(updated.stock()).isEqualTo(3);
        Product decimal = db.product()
            .update(ProductWhereUnique.id(created.id()),
                    ProductUpdate.builder().price(NumberOperation.increment(new BigDecimal("0.5"))).build())
            .execute();
        assertThat(decimal.price()).isEqualByComparingTo("1.5");
    }

    @Test
    void compoundKeysSelectRecords() {
        Product widget = product("A", "Widget", Status.ACTIVE, "1");
        product("B", "Widget", Status.ARCHIVED, "1");
        assertThat(db.product().findUnique(ProductWhereUnique.name_status("Widget", Status.ARCHIVED)).fetch())
            .hasValueSatisfying((product) -> assertThat(product.sku()).isEqualTo("B"));
        Line line = db.line()
            .create(LineCreate.builder()
                .orderNo(1)
                .quantity(2)
                .product((p) -> p.connect(ProductWhereUnique.sku("A")))
                .build())
            .include(LineFields.PRODUCT)
            .execute();
        assertThat(line.product().id()).isEqualTo(widget.id());
        Line updated = db.line()
            .update(LineWhereUnique.orderNo_productId(1, widget.id()), LineUpdate.builder().quantity(5).build())
            .execute();
        assertThat(updated.quantity()).isEqualTo(5);
        Product withLines = db.product()
            .findUniqueOrThrow(ProductWhereUnique.id(widget.id()))
            .include(ProductFields.LINES)
            .fetch();
        assertThat(withLines.lines()).extracting(Line::quantity).containsExactly(5);
        db.line().delete(LineWhereUnique.orderNo_productId(1, widget.id())).execute();
        assertThat(db.line().count().fetch()).isZero();
    }

    @Test
    void selfRelationsNestAndFilter() {
        Category root = db.category()
            .create(CategoryCreate.builder()
                .name("Root")
                .children((children) -> children.create(CategoryCreate.builder().name("Left").build())
                    .create(CategoryCreate.builder().name("Right").build()))
                .build())
            .include(CategoryFields.CHILDREN.orderBy(CategoryFields.NAME.asc()))
            .execute();
        assertThat(root.children()).extracting(Category::name).containsExactly("Left", "Right");
        List<Category> leaves = db.category()
            .findMany()
            .where(CategoryFields.PARENT.is(CategoryFields.NAME.eq("Root")))
            .include(CategoryFields.PARENT)
            .fetch();
        assertThat(leaves).hasSize(2)
            .allSatisfy((leaf) -> assertThat(leaf.parent())
                .hasValueSatisfying((parent) -> assertThat(parent.name()).isEqualTo("Root")));
        assertThat(db.category().findMany().where(CategoryFields.PARENT.isNull()).fetch()).extracting(Category::name)
            .containsExactly("Root");
        db.category().delete(CategoryWhereUnique.id(root.id())).execute();
        assertThat(db.category().findMany().where(CategoryFields.PARENT_ID.isNull()).fetch()).hasSize(2);
    }

    @Test
    void everyFailsRelatedRecordsWhoseConditionIsNull() {
        db.product()
            .create(ProductCreate.builder()
                .sku("A")
                .name("Alpha")
                .price(BigDecimal.ONE)
                .weight(2.0)
                .categories((categories) -> categories.create(CategoryCreate.builder().name("Tools").build()))
                .build())
            .execute();
        db.product()
            .create(ProductCreate.builder()
                .sku("B")
                .name("Beta")
                .price(BigDecimal.ONE)
                .categories((categories) -> categories.connect(CategoryWhereUnique
                    .id(db.category().findFirstOrThrow().where(CategoryFields.NAME.eq("Tools")).fetch().id())))
                .build())
            .execute();
        db.category().create(CategoryCreate.builder().name("Empty").build()).execute();
        assertThat(db.category().findMany().where(CategoryFields.PRODUCTS.every(ProductFields.WEIGHT.gt(1.0))).fetch())
            .extracting(Category::name)
            .containsExactly("Empty");
        assertThat(db.category()
            .findMany()
            .where(CategoryFields.PRODUCTS
                .every(dev.goofer.client.Where.or(ProductFields.WEIGHT.gt(1.0), ProductFields.WEIGHT.isNull())))
            .fetch()).hasSize(2);
    }

    @Test
    void manyToManyJoinsDifferentKeyTypes() {
        Product product = db.product()
            .create(ProductCreate.builder()
                .sku("A")
                .name("Alpha")
                .price(BigDecimal.ONE)
                .categories((categories) -> categories.create(CategoryCreate.builder().name("Tools").build())
                    .create(CategoryCreate.builder().name("Garden").build()))
                .build())
            .include(ProductFields.CATEGORIES.orderBy(CategoryFields.NAME.asc()), ProductFields.CATEGORIES.count())
            .execute();
        assertThat(product.categories()).extracting(Category::name).containsExactly("Garden", "Tools");
        assertThat(product._count().get(ProductFields.CATEGORIES)).isEqualTo(2);
        List<Category> tools = db.category()
            .findMany()
            .where(CategoryFields.PRODUCTS.some(ProductFields.SKU.eq("A")))
            .include(CategoryFields.PRODUCTS)
            .fetch();
        assertThat(tools).hasSize(2).allSatisfy((category) -> assertThat(category.products()).hasSize(1));
    }

    @Test
    void oneToOneOnAStringKeyCreatesUpdatesAndCascades() {
        Product product = db.product()
            .create(ProductCreate.builder()
                .sku("A")
                .name("Alpha")
                .price(BigDecimal.ONE)
                .detail((detail) -> detail.create(DetailCreate.builder().notes("Fragile").build()))
                .build())
            .include(ProductFields.DETAIL)
            .execute();
        assertThat(product.detail()).hasValueSatisfying((detail) -> assertThat(detail.notes()).isEqualTo("Fragile"));
        Product updated = db.product()
            .update(ProductWhereUnique.id(product.id()),
                    ProductUpdate.builder()
                        .detail((detail) -> detail.upsert(DetailCreate.builder().notes("New").build(),
                                DetailUpdate.builder().notes("Handle with care").build()))
                        .build())
            .include(ProductFields.DETAIL)
            .execute();
        assertThat(updated.detail().orElseThrow().notes()).isEqualTo("Handle with care");
        db.product().delete(ProductWhereUnique.id(product.id())).execute();
        assertThat(db.detail().count().fetch()).isZero();
    }

    @Test
    void jsonFiltersLookInsideValues() {
        db.product()
            .create(ProductCreate.builder()
                .sku("A")
                .name("Alpha")
                .price(BigDecimal.ONE)
                .attributes(Json.of("{\"color\": \"dark red\", \"sizes\": [1, 2], \"dims\": {\"w\": 3}}"))
                .build())
            .execute();
        db.product()
            .create(ProductCreate.builder()
                .sku("B")
                .name("Beta")
                .price(BigDecimal.ONE)
                .attributes(Json.of("{\"color\": \"blue\", \"sizes\": [3]}"))
                .build())
            .execute();
        assertThat(skus(ProductFields.ATTRIBUTES.path("color").eq(Json.string("blue")))).containsExactly("B");
        assertThat(skus(ProductFields.ATTRIBUTES.path("dims", "w").eq(Json.of("3")))).containsExactly("A");
        assertThat(skus(ProductFields.ATTRIBUTES.path("color").stringContains("red"))).containsExactly("A");
        assertThat(skus(ProductFields.ATTRIBUTES.path("color").stringStartsWith("bl"))).containsExactly("B");
        assertThat(skus(ProductFields.ATTRIBUTES.path("sizes").arrayContains(Json.of("[2]")))).containsExactly("A");
        assertThat(skus(ProductFields.ATTRIBUTES.path("color").not(Json.string("blue")))).containsExactly("A");
        assertThat(skus(ProductFields.ATTRIBUTES.path("sizes", "0").eq(Json.of("3")))).containsExactly("B");
    }

    private static List<String> skus(dev.goofer.client.Where<Product> where) {
        return db.product()
            .findMany()
            .where(where)
            .orderBy(ProductFields.SKU.asc())
            .fetch()
            .stream()
            .map(Product::sku)
            .toList();
    }

    @Test
    void clientSideDefaultsGenerateIdsInPrismaFormats() {
        Token token = db.token().create(TokenCreate.builder().build()).execute();
        UUID v7 = UUID.fromString(token.id());
        assertThat(v7.version()).isEqualTo(7);
        assertThat(UUID.fromString(token.v4()).version()).isEqualTo(4);
        assertThat(token.shortId()).hasSize(10).matches("[A-Za-z0-9_-]+");
        assertThat(token.sortable()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(token.c1()).hasSize(25).startsWith("c");
        assertThat(token.c2()).hasSize(24).matches("[a-z][a-z0-9]+");
    }

    @Test
    void aggregatesKeepDecimalPrecision() {
        product("A", "Alpha", Status.ACTIVE, "1.10");
        product("B", "Beta", Status.ACTIVE, "2.25");
        Map<String, Object> values = db.product()
            .aggregate()
            .sum(ProductFields.PRICE)
            .max(ProductFields.PRICE)
            .fetch()
            .asMap();
        assertThat((BigDecimal) values.get("_sum.price")).isEqualByComparingTo("3.35");
        assertThat((BigDecimal) values.get("_max.price")).isEqualByComparingTo("2.25");
    }

}
