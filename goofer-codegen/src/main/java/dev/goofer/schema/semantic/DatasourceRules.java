package dev.goofer.schema.semantic;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * Rules about the datasource that need the preview features.
 */
final class DatasourceRules {

    private DatasourceRules() {
    }

    static void extensionsNeedPreviewFeature(ValidationContext context) {
        SourceSpan span = context.extensionsSpan;
        Datasource datasource = context.datasource;
        if (span == null || datasource == null) {
            return;
        }
        if (!context.hasPreviewFeature("postgresqlExtensions")) {
            context.add(SchemaErrors.extensionsNeedPreviewFeature(span));
            return;
        }
        for (PostgresExtension extension : datasource.extensions()) {
            String name = extension.name();
            if (name.isEmpty()) {
                context.add(SchemaErrors.invalidExtensionName("The name of an extension must not be empty.",
                        extension.span()));
            }
            else if (Character.isDigit(name.charAt(0))) {
                context.add(SchemaErrors.invalidExtensionName("The name of an extension must not start with a number.",
                        extension.span()));
            }
            else if (name.contains("-")) {
                context.add(SchemaErrors.invalidExtensionName("The character `-` is not allowed in extension names.",
                        extension.span()));
            }
        }
    }

}
