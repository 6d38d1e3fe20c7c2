package dev.goofer.codegen.testing;

import dev.goofer.metadata.Provider;
import dev.goofer.metadata.SchemaMeta;

import static dev.goofer.codegen.testing.Options.autoincrement;
import static dev.goofer.codegen.testing.Options.defaultEnum;
import static dev.goofer.codegen.testing.Options.doc;
import static dev.goofer.codegen.testing.Options.fields;
import static dev.goofer.codegen.testing.Options.id;
import static dev.goofer.codegen.testing.Options.list;
import static dev.goofer.codegen.testing.Options.map;
import static dev.goofer.codegen.testing.Options.now;
import static dev.goofer.codegen.testing.Options.optional;
import static dev.goofer.codegen.testing.Options.references;
import static dev.goofer.codegen.testing.Options.relationName;
import static dev.goofer.codegen.testing.Options.unique;
import static dev.goofer.codegen.testing.Options.updatedAt;
import static dev.goofer.codegen.testing.TestSchema.Types.BOOLEAN;
import static dev.goofer.codegen.testing.TestSchema.Types.DATETIME;
import static dev.goofer.codegen.testing.TestSchema.Types.DECIMAL;
import static dev.goofer.codegen.testing.TestSchema.Types.INT;
import static dev.goofer.codegen.testing.TestSchema.Types.JSON;
import static dev.goofer.codegen.testing.TestSchema.Types.STRING;

/**
 * Large generated schemas, for scale tests and timing: each model has a dozen scalar
 * fields, a compound unique, and relations to its neighbours.
 */
public final class SyntheticSchemas {

    private SyntheticSchemas() {
    }

    /**
     * Create a schema of the given number of models, each related to the previous one.
     * @param models the number of models
     * @return the schema
     */
    public static SchemaMeta chain(int models) {
        TestSchema schema = TestSchema.builder(Provider.POSTGRESQL).enumType("state", "DRAFT", "ACTIVE=active");
        for (int i = 0; i < models; i++) {
            String name = "model_" + i;
            String previous = "model_" + (i - 1);
            String next = "model_" + (i + 1);
            boolean hasPrevious = i > 0;
            boolean hasNext = i + 1 < models;
            schema.model(name, (m) -> {
                m.map("table_" + name)
                    .doc("Synthetic model number " + name + ".")
                    .field("id", INT, id(), autoincrement())
                    .field("code", STRING, unique())
                    .field("title", STRING, doc("The title."))
                    .field("description", STRING, optional())
                    .field("amount", DECIMAL)
                    .field("quantity", INT, optional())
                    .field("active", BOOLEAN)
                    .field("payload", JSON, optional())
                    .field("tags", STRING, list())
                    .enumField("state", "state", defaultEnum("DRAFT"))
                    .field("created_at", DATETIME, now(), map("created_at"))
                    .field("updated_at", DATETIME, updatedAt(), map("updated_at"))
                    .field("tenant", STRING)
                    .unique(null, "tenant", "code");
                if (hasPrevious) {
                    m.field("previous_id", INT, optional())
                        .relation("previous", previous, optional(), relationName("Chain" + name), fields("previous_id"),
                                references("id"));
                }
                if (hasNext) {
                    m.relation("next", next, list(), relationName("Chain" + next));
                }
            });
        }
        return schema.build();
    }

}
