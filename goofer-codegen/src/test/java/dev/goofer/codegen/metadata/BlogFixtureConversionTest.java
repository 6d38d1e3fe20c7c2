package dev.goofer.codegen.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.goofer.fixture.blog.GooferSchema;
import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;
import org.junit.jupiter.api.Test;

/**
 * The blog schema converts to exactly the metadata of goofer-core's hand-written fixture
 * client, which is written as the generator must write it.
 */
class BlogFixtureConversionTest {

    @Test
    void blogSchemaConvertsToTheHandWrittenFixtureMetadata() throws IOException {
        String schema;
        try (InputStream in = GooferSchema.class.getResourceAsStream("/fixture/blog.prisma")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        SchemaMeta converted = SchemaMetaConverter.convert(PrismaSchemas.load(schema));
        MetaAssertions.assertSameSchema(converted, GooferSchema.SCHEMA);
    }

}
