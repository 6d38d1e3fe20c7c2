package dev.goofer.schema.semantic;

import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * Rules for {@code view} blocks: the {@code views} preview feature, no primary keys, no
 * indexes, and unique constraints without database names, clustering or field arguments
 * (they are not backed by indexes).
 */
final class ViewRules {

    private final ValidationContext context;

    ViewRules(ValidationContext context) {
        this.context = context;
    }

    void check(Model view) {
        if (!this.context.hasPreviewFeature("views")) {
            this.context.add(SchemaErrors.relationValidation(
                    "View definitions are only available with the `views` preview feature.", view.span()));
        }
        PrimaryKey key = view.primaryKey;
        if (key != null) {
            this.context.add(SchemaErrors.relationValidation("Views cannot have primary keys.", key.span()));
        }
        for (Index index : view.indexes) {
            if (index.type() != IndexType.UNIQUE) {
                this.context.add(SchemaErrors.relationValidation("Views cannot have indexes.", index.span()));
                continue;
            }
            String attribute = IndexRules.attributeName(index);
            if (index.mappedName() != null) {
                this.context
                    .add(SchemaErrors.relationValidation(
                            "@@unique annotations on views are not backed by unique "
                                    + "indexes in the database and cannot specify a mapped database name.",
                            index.span()));
            }
            if (index.clustered() != null) {
                this.context
                    .add(SchemaErrors.relationValidation("@@unique annotations on views are not backed by unique "
                            + "indexes in the database and cannot be clustered.", index.span()));
            }
            if (index.fields().stream().anyMatch((field) -> field.length() != null || field.sortOrder() != null)) {
                this.context.add(SchemaErrors.invalidAttribute(attribute,
                        "Scalar fields in @@unique attributes in views cannot have arguments.", index.span()));
            }
        }
    }

}
