package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.EnumValueDeclaration;
import dev.goofer.schema.ast.Expression;
import org.jspecify.annotations.Nullable;

/**
 * The attributes of an enum ({@code @@map}, {@code @@schema}) and of its values
 * ({@code @map}).
 */
final class EnumAttributes {

    private final ValidationContext context;

    private final Coerce coerce;

    EnumAttributes(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
    }

    void visit(EnumType enumType) {
        List<EnumValue> values = new ArrayList<>();
        for (EnumValueDeclaration value : enumType.declaration().values()) {
            AttributeSet attributes = new AttributeSet(value.attributes(), this.context);
            Attribute map = attributes.single("map");
            String mapped = (map != null) ? stringArgument(map, "name") : null;
            attributes.finish();
            values.add(new EnumValue(value.name().name(), mapped, value.documentation(), value.span()));
        }
        enumType.values = values;
        AttributeSet attributes = new AttributeSet(enumType.declaration().attributes(), this.context);
        Attribute map = attributes.single("map");
        if (map != null) {
            enumType.mappedName = stringArgument(map, "name");
        }
        Attribute schema = attributes.single("schema");
        if (schema != null) {
            enumType.schema = stringArgument(schema, "map");
            this.context.enumSchemaSpans.put(enumType, schema.span());
        }
        attributes.finish();
    }

    private @Nullable String stringArgument(Attribute attribute, String name) {
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments == null) {
            return null;
        }
        Expression value = arguments.required(name);
        String string = (value != null) ? this.coerce.string(value) : null;
        arguments.finish();
        return string;
    }

}
