package dev.goofer.codegen.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import org.junit.jupiter.api.Test;

/**
 * The fixture schemas convert to exactly the metadata of goofer-core's hand-written
 * fixture clients, which are written as the generator must write them: so the runtime
 * tests that use those clients test what users get.
 */
class FixtureConversionTest {

    @Test
    void blogSchemaConvertsToTheHandWrittenFixtureMetadata() throws IOException {
        assertConverts("blog", dev.goofer.fixture.blog.GooferSchema.SCHEMA);
    }

    @Test
    void shopSchemaConvertsToTheHandWrittenFixtureMetadata() throws IOException {
        assertConverts("shop", dev.goofer.fixture.shop.GooferSchema.SCHEMA);
    }

    @Test
    void tenantSchemaConvertsToTheHandWrittenFixtureMetadata() throws IOException {
        assertConverts("tenant", dev.goofer.fixture.tenant.GooferSchema.SCHEMA);
    }

    private static void assertConverts(String name, SchemaMeta expected) throws IOException {
        String schema;
        try (InputStream in = FixtureConversionTest.class.getResourceAsStream("/fixture/" + name + ".prisma")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SchemaMeta converted = SchemaMetaConverter.convert(PrismaSchemas.load(schema));
        MetaAssertions.assertSameSchema(converted, expected);
    }

}
