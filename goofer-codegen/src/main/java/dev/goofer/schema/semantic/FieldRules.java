package dev.goofer.schema.semantic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * Scalar field capability rules: Json, Decimal and scalar lists, named and {@code auto()}
 * defaults, {@code Unsupported} types Prisma could map natively, and names that clash
 * with compound key names.
 */
final class FieldRules {

    private static final Pattern UNSUPPORTED = Pattern
        .compile("^(?<prefix>[^(]+)(?:\\((?<params>.*?)\\))?(?<suffix>.+)?$");

    private final ValidationContext context;

    FieldRules(ValidationContext context) {
        this.context = context;
    }

    void check(Model model, ScalarField field) {
        String container = model.keyword();
        ScalarType type = field.scalarType();
        if (type == ScalarType.JSON && !this.context.has(Capability.JSON)) {
            this.context.add(SchemaErrors.invalidField(container, model.name(), field.name(),
                    "Field \"" + field.name() + "\" in " + container + " \"" + model.name()
                            + "\" can't be of type Json. The current connector does not support the Json type.",
                    field.span()));
        }
        if (type == ScalarType.JSON && field.isList() && !this.context.has(Capability.JSON_LISTS)) {
            this.context.add(SchemaErrors.invalidField(container, model.name(), field.name(),
                    "Field \"" + field.name() + "\" in " + container + " \"" + model.name()
                            + "\" can't be of type Json[]. The current connector does not support the Json List type.",
                    field.span()));
        }
        if (type == ScalarType.DECIMAL && !this.context.has(Capability.DECIMAL_TYPE)) {
            this.context.add(SchemaErrors.invalidField(container, model.name(), field.name(),
                    "Field \"" + field.name() + "\" in " + container + " \"" + model.name()
                            + "\" can't be of type Decimal. The current connector does not support the Decimal type.",
                    field.span()));
        }
        if (field.isList() && !this.context.has(Capability.SCALAR_LISTS)) {
            this.context.add(SchemaErrors.scalarListNotSupported(container, model.name(), field.name(), field.span()));
        }
        defaults(field);
        unsupportedType(field);
        new NativeTypeRules(this.context).check(field);
    }

    private void defaults(ScalarField field) {
        if (field.defaultAttribute == null) {
            return;
        }
        if (field.defaultMappedName != null && !this.context.has(Capability.NAMED_DEFAULT_VALUES)) {
            this.context.add(SchemaErrors.invalidDefault("You defined a database name for the default value of a field "
                    + "on the model. This is not supported by the provider.", field.defaultAttribute.span()));
        }
        if (field.defaultValue instanceof DefaultValue.Auto) {
            this.context.add(SchemaErrors.invalidDefault(
                    "The current connector does not support the `auto()` function.", field.defaultAttribute.span()));
        }
        if (field.defaultValue instanceof DefaultValue.Autoincrement && !this.context.has(Capability.AUTO_INCREMENT)) {
            this.context.add(SchemaErrors.invalidDefault(
                    "The `autoincrement()` default value is used with a datasource " + "that does not support it.",
                    field.defaultAttribute.span()));
        }
    }

    private void unsupportedType(ScalarField field) {
        String unsupported = field.unsupportedType();
        Datasource datasource = this.context.datasource;
        if (unsupported == null || datasource == null) {
            return;
        }
        Matcher matcher = UNSUPPORTED.matcher(unsupported);
        if (!matcher.matches()) {
            return;
        }
        String prefix = matcher.group("prefix").trim();
        NativeTypeSpec spec = this.context.connector.nativeTypes().get(prefix);
        if (spec == null || matcher.group("suffix") != null) {
            return;
        }
        String params = matcher.group("params");
        int count = (params == null || params.isBlank()) ? 0 : params.split(",").length;
        if (count < spec.requiredArguments() || count > spec.requiredArguments() + spec.optionalArguments()) {
            return;
        }
        ScalarType scalar = spec.scalarTypes().iterator().next();
        String type = (params == null) ? prefix : prefix + "(" + params.trim() + ")";
        this.context.add(SchemaErrors.unsupportedIsNative(unsupported, field.name(),
                scalar.prismaName() + " @" + datasource.name() + "." + type, field.span()));
    }

}
