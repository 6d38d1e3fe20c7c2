package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * The arguments keys and indexes share: {@code map:}, {@code name:}, {@code clustered:},
 * {@code sort:}, {@code length:} and the partial index {@code where:}.
 */
final class KeyArguments {

    private final ValidationContext context;

    private final Coerce coerce;

    KeyArguments(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
    }

    /**
     * The {@code sort:} and {@code length:} arguments of a field-level {@code @id} or
     * {@code @unique}.
     */
    IndexField fieldArguments(ScalarField field, Arguments arguments) {
        Expression lengthValue = arguments.optional("length");
        Long length = (lengthValue != null) ? this.coerce.integer(lengthValue) : null;
        Expression sortValue = arguments.optional("sort");
        SortOrder sort = null;
        if (sortValue != null) {
            String value = this.coerce.constant(sortValue);
            if ("Asc".equals(value) || "Desc".equals(value)) {
                sort = "Asc".equals(value) ? SortOrder.ASC : SortOrder.DESC;
            }
            else if (value != null) {
                this.context.add(SchemaErrors.invalidSortOrder(arguments.attribute().displayName(), value,
                        arguments.attribute().span()));
            }
        }
        Integer intLength = (length != null && length >= 0 && length <= Integer.MAX_VALUE) ? length.intValue() : null;
        return new IndexField(field, sort, intLength, null);
    }

    @Nullable String mappedName(Arguments arguments) {
        Expression map = arguments.optional("map");
        return (map != null) ? nonEmptyString(map, arguments.attribute()) : null;
    }

    @Nullable String name(Arguments arguments, Model model) {
        Expression nameValue = arguments.optional("name");
        if (nameValue == null) {
            return null;
        }
        String name = this.coerce.string(nameValue);
        if (name == null) {
            return null;
        }
        if (name.isEmpty()) {
            this.context.add(SchemaErrors.emptyName(arguments.attribute().displayName(), arguments.attribute().span()));
            return null;
        }
        if (!name.chars().allMatch((c) -> c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) {
            this.context.add(SchemaErrors.invalidClientName(arguments.attribute().displayName(), model.name(),
                    arguments.attribute().span()));
        }
        return name;
    }

    @Nullable String nonEmptyString(Expression value, Attribute attribute) {
        String string = this.coerce.string(value);
        if (string != null && string.isEmpty()) {
            this.context.add(SchemaErrors.emptyMap(attribute.displayName(), attribute.span()));
            return null;
        }
        return string;
    }

    @Nullable Boolean clustered(Arguments arguments) {
        Expression value = arguments.optional("clustered");
        return (value != null) ? this.coerce.bool(value) : null;
    }

    /**
     * The partial index condition, {@code where: raw("...")} or {@code where: { ... }}.
     */
    @Nullable IndexPredicate where(Arguments arguments) {
        Expression value = arguments.optional("where");
        if (value == null) {
            return null;
        }
        if (!this.context.hasPreviewFeature("partialIndexes")) {
            this.context
                .add(SchemaErrors.partialIndexNeedsPreviewFeature(arguments.attribute().displayName(), value.span()));
            return null;
        }
        if (value instanceof Expression.ObjectExpression object) {
            return new IndexPredicate(null, object);
        }
        if (value instanceof Expression.FunctionCall function && "raw".equals(function.name())) {
            List<Argument> raw = function.arguments().arguments();
            if (raw.size() == 1 && raw.get(0).value() instanceof Expression.StringLiteral sql) {
                return IndexPredicate.raw(sql.value());
            }
        }
        this.context.add(SchemaErrors.invalidPartialIndexCondition(arguments.attribute().displayName(), value.span()));
        return null;
    }

}
