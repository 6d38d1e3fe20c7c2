package dev.goofer.integration;

import java.math.BigDecimal;
import java.util.List;

import dev.goofer.execution.RecordNotFoundException;
import dev.goofer.fixture.shop.Category;
import dev.goofer.fixture.shop.CategoryCreate;
import dev.goofer.fixture.shop.CategoryFields;
import dev.goofer.fixture.shop.CategoryUpdate;
import dev.goofer.fixture.shop.CategoryWhereUnique;
import dev.goofer.fixture.shop.Product;
import dev.goofer.fixture.shop.ProductCreate;
import dev.goofer.fixture.shop.ProductFields;
import dev.goofer.fixture.shop.ProductUpdate;
import dev.goofer.fixture.shop.ProductWhereUnique;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nested writes through optional foreign keys (self relation) and through implicit
 * many-to-many relations on mixed key types.
 */
abstract class ShopNestedWriteTests extends ShopDatabase {

    private static Category category(String name) {
        return db.category().create(CategoryCreate.builder().name(name).build()).execute();
    }

    private static List<String> children(int id) {
        return db.category()
            .findUniqueOrThrow(CategoryWhereUnique.id(id))
            .include(CategoryFields.CHILDREN.orderBy(CategoryFields.NAME.asc()))
            .fetch()
            .children()
            .stream()
            .map(Category::name)
            .toList();
    }

    @Test
    void optionalForeignKeysConnectDisconnectAndSet() {
        Category root = category("Root");
        Category a = category("A");
        Category b = category("B");
        category("C");
        db.category()
            .update(CategoryWhereUnique.id(root.id()),
                    CategoryUpdate.builder()
                        .children((children) -> children.connect(CategoryWhereUnique.id(a.id()))
                            .connect(CategoryWhereUnique.id(b.id())))
                        .build())
            .execute();
        assertThat(children(root.id())).containsExactly("A", "B");
        db.category()
            .update(CategoryWhereUnique.id(root.id()),
                    CategoryUpdate.builder()
                        .children((children) -> children.disconnect(CategoryWhereUnique.id(a.id())))
                        .build())
            .execute();
        assertThat(children(root.id())).containsExactly("B");
        Category c = db.category().findFirstOrThrow().where(CategoryFields.NAME.eq("C")).fetch();
        db.category()
            .update(CategoryWhereUnique.id(root.id()), CategoryUpdate.builder()
                .children((children) -> children.set(CategoryWhereUnique.id(a.id()), CategoryWhereUnique.id(c.id())))
                .build())
            .execute();
        assertThat(children(root.id())).containsExactly("A", "C");
    }

    @Test
    void forwardRelationsDisconnectUpsertAndDelete() {
        Category root = category("Root");
        Category leaf = db.category()
            .create(CategoryCreate.builder()
                .name("Leaf")
                .parent((parent) -> parent.connect(CategoryWhereUnique.id(root.id())))
                .build())
            .execute();
        assertThat(leaf.parentId()).isEqualTo(root.id());
        Category detached = db.category()
            .update(CategoryWhereUnique.id(leaf.id()),
                    CategoryUpdate.builder().parent((parent) -> parent.disconnect()).build())
            .execute();
        assertThat(detached.parentId()).isNull();
        Category adopted = db.category()
            .update(CategoryWhereUnique.id(leaf.id()),
                    CategoryUpdate.builder()
                        .parent((parent) -> parent.upsert(CategoryCreate.builder().name("New parent").build(),
                                CategoryUpdate.builder().name("unused").build()))
                        .build())
            .include(CategoryFields.PARENT)
            .execute();
        assertThat(adopted.parent()).hasValueSatisfying((parent) -> assertThat(parent.name()).isEqualTo("New parent"));
        Category orphan = db.category()
            .update(CategoryWhereUnique.id(leaf.id()),
                    CategoryUpdate.builder().parent((parent) -> parent.delete()).build())
            .execute();
        assertThat(orphan.parentId()).isNull();
        assertThat(db.category().count().fetch()).isEqualTo(2);
        assertThatThrownBy(() -> db.category()
            .update(CategoryWhereUnique.id(leaf.id()),
                    CategoryUpdate.builder()
                        .parent((parent) -> parent.update(CategoryUpdate.builder().name("x").build()))
                        .build())
            .execute()).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void manyToManyWritesOnMixedKeyTypes() {
        Category tools = category("Tools");
        Product product = db.product()
            .create(ProductCreate.builder()
                .sku("A")
                .name("Alpha")
                .price(BigDecimal.ONE)
                .categories((categories) -> categories.connect(CategoryWhereUnique.id(tools.id()))
                    .connectOrCreate(CategoryWhereUnique.id(424242), CategoryCreate.builder().name("Fresh").build()))
                .build())
            .include(ProductFields.CATEGORIES.orderBy(CategoryFields.NAME.asc()))
            .execute();
        assertThat(product.categories()).extracting(Category::name).containsExactly("Fresh", "Tools");
        Product updated = db.product()
            .update(ProductWhereUnique.id(product.id()),
                    ProductUpdate.builder()
                        .categories((categories) -> categories
                            .upsert(CategoryWhereUnique.id(tools.id()), CategoryCreate.builder().name("unused").build(),
                                    CategoryUpdate.builder().name("Hand tools").build())
                            .upsert(CategoryWhereUnique.id(515151), CategoryCreate.builder().name("Garden").build(),
                                    CategoryUpdate.builder().name("unused").build())
                            .delete(CategoryWhereUnique.id(product.categories().get(0).id())))
                        .build())
            .include(ProductFields.CATEGORIES.orderBy(CategoryFields.NAME.asc()))
            .execute();
        assertThat(updated.categories()).extracting(Category::name).containsExactly("Garden", "Hand tools");
        assertThat(db.category().count().fetch()).isEqualTo(2);
        Category reverse = db.category()
            .update(CategoryWhereUnique.id(tools.id()),
                    CategoryUpdate.builder()
                        .products((products) -> products.updateMany(ProductFields.SKU.eq("A"),
                                ProductUpdate.builder().stock(9).build()))
                        .build())
            .include(CategoryFields.PRODUCTS)
            .execute();
        assertThat(reverse.products()).extracting(Product::stock).containsExactly(9);
    }

}
