package dev.goofer.ddl;

import dev.goofer.ddl.catalog.DialectKind;
import dev.goofer.fixture.blog.GooferSchema;
import org.junit.jupiter.api.Test;

class CreateScriptTests {

    @Test
    void printBlog() {
        for (DialectKind dialect : DialectKind.values()) {
            System.out.println("=== " + dialect);
            System.out.println(SchemaManager.createScript(GooferSchema.SCHEMA, dialect));
        }
    }

}
