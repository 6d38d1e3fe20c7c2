package dev.goofer.schema.semantic;

import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;

/**
 * The dialect capabilities pass: everything the provider must support (native types,
 * index features, enums, lists, names) and the rules of views, keys and database names.
 */
final class CapabilityPass {

    private CapabilityPass() {
    }

    static void run(ValidationContext context) {
        ModelRules modelRules = new ModelRules(context);
        FieldRules fieldRules = new FieldRules(context);
        IndexRules indexRules = new IndexRules(context);
        ViewRules viewRules = new ViewRules(context);
        ProviderRules providerRules = new ProviderRules(context);
        for (Model model : context.models()) {
            if (model.isView()) {
                viewRules.check(model);
            }
            modelRules.check(model);
            model.scalarFields().forEach((field) -> fieldRules.check(model, field));
            model.indexes.forEach((index) -> indexRules.check(model, index));
            providerRules.check(model);
        }
        for (EnumType enumType : context.enums.values()) {
            enumRules(enumType, context);
        }
        for (CompositeType type : context.compositeTypes.values()) {
            context.add(
                    SchemaErrors.compositeTypesNotSupported(type.name(), context.connector.displayName(), type.span()));
            type.fields.forEach((field) -> new NativeTypeRules(context).check(field));
        }
        new NameRules(context).check();
    }

    private static void enumRules(EnumType enumType, ValidationContext context) {
        if (!context.has(Capability.ENUMS)) {
            context.add(
                    SchemaErrors.enumsNotSupported(enumType.name(), context.connector.providerName(), enumType.span()));
        }
        SourceSpan span = context.enumSchemaSpans.get(enumType);
        Datasource datasource = context.datasource;
        if (span != null && !context.has(Capability.MULTI_SCHEMA)) {
            context.add(SchemaErrors.schemaAttributeNotSupported(span));
            return;
        }
        String schema = enumType.schema();
        if (span != null && schema != null && (datasource == null || !datasource.schemas().contains(schema))) {
            context.add(SchemaErrors.schemaNotDefined(schema, span));
        }
        if (span == null && datasource != null && !datasource.schemas().isEmpty()
                && context.has(Capability.MULTI_SCHEMA)) {
            context.add(SchemaErrors.missingSchemaAttribute("enum", enumType.name(), enumType.span()));
        }
    }

}
