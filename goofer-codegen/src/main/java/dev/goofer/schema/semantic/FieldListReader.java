package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.ast.Identifier;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the field lists of keys and indexes ({@code [a, b(sort: Desc, length: 10)]})
 * and of {@code @relation(fields: [...])} to the model's scalar fields.
 */
final class FieldListReader {

    private final ValidationContext context;

    private final Coerce coerce;

    FieldListReader(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
    }

    /**
     * Resolve a list whose elements may carry {@code sort}, {@code length} and
     * {@code ops}.
     * @param what the definition named in messages: {@code id}, {@code index} or
     * {@code unique index}
     */
    @Nullable List<IndexField> withArguments(Expression list, Model model, String what, Attribute attribute) {
        List<Expression> elements = elements(list);
        List<IndexField> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<RelationField> relations = new ArrayList<>();
        boolean valid = true;
        for (Expression element : elements) {
            String name = fieldName(element);
            if (name == null) {
                valid = false;
                continue;
            }
            Field field = model.findField(name).orElse(null);
            if (field == null || name.contains(".")) {
                unknown.add(name);
            }
            else if (field instanceof RelationField relation) {
                relations.add(relation);
            }
            else if (fields.stream().anyMatch((existing) -> existing.field() == field)) {
                this.context.add(SchemaErrors.indexFieldTwice(model.keyword(), model.name(), name, attribute.span()));
                return null;
            }
            else if (element instanceof Expression.FunctionCall function) {
                fields.add(fieldWithArguments((ScalarField) field, function));
            }
            else {
                fields.add(new IndexField((ScalarField) field, null, null, null));
            }
        }
        if (!valid || problems(model, what, unknown, relations, attribute.span(), true)) {
            return null;
        }
        return fields;
    }

    /**
     * Resolve a plain list of field names, as in {@code @relation(fields: [...])} and
     * {@code @@shardKey([...])}.
     * @param what the definition named in messages, or {@code null} to report problems
     * the way {@code @relation} does
     */
    @Nullable List<ScalarField> withoutArguments(Expression list, Model model, @Nullable String what, SourceSpan span,
            String argument) {
        List<String> names = this.coerce.array(list, this.coerce::constant);
        if (names == null) {
            return null;
        }
        List<ScalarField> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<RelationField> relations = new ArrayList<>();
        for (String name : names) {
            Field field = model.findField(name).orElse(null);
            if (field == null || name.contains(".")) {
                unknown.add(name);
            }
            else if (field instanceof RelationField relation) {
                relations.add(relation);
            }
            else if (fields.contains(field)) {
                this.context.add(SchemaErrors.relationFieldTwice(argument, name, span));
                return null;
            }
            else {
                fields.add((ScalarField) field);
            }
        }
        if (what != null) {
            return problems(model, what, unknown, relations, span, false) ? null : fields;
        }
        return (unknown.isEmpty() && relations.isEmpty()) ? fields
                : relationProblems(list, model, unknown, relations, argument, span);
    }

    private @Nullable List<ScalarField> relationProblems(Expression list, Model model, List<String> unknown,
            List<RelationField> relations, String argument, SourceSpan attributeSpan) {
        List<String> relationNames = relations.stream().map(RelationField::name).toList();
        if ("fields".equals(argument)) {
            if (!unknown.isEmpty()) {
                this.context.add(SchemaErrors.relationUnknownFields(unknown, list.span()));
            }
            if (!relations.isEmpty()) {
                this.context.add(SchemaErrors.relationRelationFields(relationNames, list.span()));
            }
        }
        else {
            if (!unknown.isEmpty()) {
                this.context.add(SchemaErrors.relationUnknownReferences(model.name(), unknown, attributeSpan));
            }
            if (!relations.isEmpty()) {
                this.context
                    .add(SchemaErrors.relationReferencesRelationFields(model.name(), relationNames, attributeSpan));
            }
        }
        return null;
    }

    private boolean problems(Model model, String what, List<String> unknown, List<RelationField> relations,
            SourceSpan span, boolean suggest) {
        if (!unknown.isEmpty()) {
            this.context.add(SchemaErrors.indexUnknownFields(model.keyword(), model.name(), what, unknown, span));
        }
        if (!relations.isEmpty()) {
            List<String> suggested = new ArrayList<>();
            relations.forEach((relation) -> relation.fields().forEach((field) -> suggested.add(field.name())));
            String attribute = what.startsWith("unique") ? "unique" : "index";
            String suggestion = (suggest && !suggested.isEmpty() && !"id".equals(what))
                    ? " Did you mean `@@" + attribute + "([" + String.join(", ", suggested) + "])`?" : "";
            this.context.add(SchemaErrors.indexRelationFields(model.keyword(), model.name(), what,
                    relations.stream().map(RelationField::name).toList(), suggestion, span));
        }
        return !unknown.isEmpty() || !relations.isEmpty();
    }

    private @Nullable String fieldName(Expression element) {
        if (element instanceof Expression.ConstantValue constant) {
            return constant.name();
        }
        if (element instanceof Expression.FunctionCall function) {
            return function.name();
        }
        this.context.add(SchemaErrors.indexFieldNotConstant(element.describe(), element.toSource(), element.span()));
        return null;
    }

    private IndexField fieldWithArguments(ScalarField field, Expression.FunctionCall function) {
        SortOrder sort = null;
        Integer length = null;
        OperatorClass operatorClass = null;
        for (Argument argument : function.arguments().arguments()) {
            Identifier name = argument.name();
            String key = (name != null) ? name.name() : "";
            switch (key) {
                case "sort" -> sort = sortOrder(argument);
                case "length" -> {
                    Long value = this.coerce.integer(argument.value());
                    length = (value != null && value >= 0 && value <= Integer.MAX_VALUE) ? value.intValue() : null;
                }
                case "ops" -> operatorClass = operatorClass(argument.value());
                default -> this.context.add(SchemaErrors.ignoredIndexFieldArgument(field.name(),
                        key.isEmpty() ? argument.value().toSource() : key, argument.span()));
            }
        }
        return new IndexField(field, sort, length, operatorClass);
    }

    private @Nullable SortOrder sortOrder(Argument argument) {
        String value = this.coerce.constant(argument.value());
        if ("Asc".equals(value)) {
            return SortOrder.ASC;
        }
        if ("Desc".equals(value)) {
            return SortOrder.DESC;
        }
        if (value != null) {
            this.context.add(SchemaErrors.indexFieldSort(argument.span()));
        }
        return null;
    }

    private @Nullable OperatorClass operatorClass(Expression value) {
        if (value instanceof Expression.ConstantValue constant) {
            if (OperatorClasses.isKnown(constant.name())) {
                return new OperatorClass(constant.name(), false);
            }
            this.context.add(SchemaErrors.invalidOperatorClass(constant.name() + ".", value.span()));
            return null;
        }
        if (value instanceof Expression.FunctionCall function && "raw".equals(function.name())) {
            List<Argument> arguments = function.arguments().arguments();
            if (arguments.size() == 1 && arguments.get(0).value() instanceof Expression.StringLiteral raw) {
                return new OperatorClass(raw.value(), true);
            }
            this.context
                .add(SchemaErrors.invalidOperatorClass("`raw()` takes a single string argument.", value.span()));
            return null;
        }
        this.context.add(SchemaErrors.invalidOperatorClass(
                "expected an operator class or `raw(\"...\")`, found `" + value.toSource() + "`.", value.span()));
        return null;
    }

    private static List<Expression> elements(Expression list) {
        return (list instanceof Expression.ArrayExpression array) ? array.elements() : List.of(list);
    }

}
