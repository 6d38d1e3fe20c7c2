package dev.goofer.execution;

import java.sql.SQLException;

import dev.goofer.fixture.shop.GooferSchema;
import dev.goofer.metadata.ModelMeta;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How driver messages become violations naming the model and its fields.
 */
class ErrorTranslatorTests {

    private final ErrorTranslator translator = new ErrorTranslator(GooferSchema.SCHEMA, new SimpleDriverDataSource());

    @Test
    void sqliteUniqueViolationsNameEveryColumnOfACompoundKey() {
        SQLException ex = new SQLException("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed "
                + "(UNIQUE constraint failed: products.name, products.status)", null, 2067);
        ModelMeta product = GooferSchema.SCHEMA.model("Product");
        RuntimeException translated = this.translator.translate(product, product, "create", "INSERT", ex);
        assertThat(translated).isInstanceOfSatisfying(UniqueConstraintViolationException.class,
                (violation) -> assertThat(violation.getFields()).containsExactly("name", "status"));
    }

    @Test
    void sqliteUniqueViolationsMapColumnNamesToFieldNames() {
        SQLException ex = new SQLException("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed "
                + "(UNIQUE constraint failed: products.sku_code)", null, 2067);
        ModelMeta product = GooferSchema.SCHEMA.model("Product");
        RuntimeException translated = this.translator.translate(product, product, "create", "INSERT", ex);
        assertThat(translated).isInstanceOfSatisfying(UniqueConstraintViolationException.class,
                (violation) -> assertThat(violation.getFields()).containsExactly("sku"));
    }

}
