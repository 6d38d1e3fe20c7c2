package dev.goofer.codegen.metadata;

import dev.goofer.metadata.SchemaMeta;
import dev.goofer.schema.PrismaSchemas;

/**
 * Converts schema text for the tests.
 */
final class Schemas {

    private Schemas() {
    }

    static SchemaMeta convert(String schema) {
        return SchemaMetaConverter.convert(PrismaSchemas.load(schema));
    }

    static SchemaMeta convert(String provider, String body) {
        return convert("datasource db {\n  provider = \"" + provider + "\"\n}\n\n" + body);
    }

}
