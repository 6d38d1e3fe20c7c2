package dev.goofer.schema.semantic;

import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * The attributes of a relation field: {@code @relation(...)} and {@code @ignore}; the
 * attributes only scalar fields take are reported.
 */
final class RelationFieldAttributes {

    private final ValidationContext context;

    private final Coerce coerce;

    private final FieldListReader fieldLists;

    private final KeyArguments keyArguments;

    RelationFieldAttributes(ValidationContext context) {
        this.context = context;
        this.coerce = new Coerce(context);
        this.fieldLists = new FieldListReader(context);
        this.keyArguments = new KeyArguments(context);
    }

    void visit(RelationField field) {
        AttributeSet attributes = new AttributeSet(field.declaration().attributes(), this.context);
        Attribute relation = attributes.single("relation");
        if (relation != null) {
            readRelation(field, relation);
        }
        Attribute id = attributes.single("id");
        if (id != null) {
            this.context.add(SchemaErrors.notOnRelationField("@id", field.name(),
                    "Only scalar fields can be declared as id.", id.span()));
        }
        Attribute ignore = attributes.single("ignore");
        if (ignore != null) {
            field.ignored = true;
            Arguments arguments = Arguments.of(ignore, this.context);
            if (arguments != null) {
                arguments.finish();
            }
        }
        Attribute defaultAttribute = attributes.single("default");
        if (defaultAttribute != null) {
            this.context.add(SchemaErrors.defaultOnRelationField(defaultAttribute.span()));
        }
        Attribute map = attributes.single("map");
        if (map != null) {
            this.context.add(SchemaErrors.mapOnRelationField(map.span()));
        }
        Attribute unique = attributes.single("unique");
        if (unique != null) {
            this.context.add(SchemaErrors.notOnRelationField("@unique", field.name(),
                    "Only scalar fields can be made unique." + uniqueSuggestion(field), unique.span()));
        }
        attributes.finish();
    }

    private static String uniqueSuggestion(RelationField field) {
        List<String> names = field.fields().stream().map(ScalarField::name).toList();
        if (names.isEmpty()) {
            return "";
        }
        return (names.size() == 1) ? " Did you mean to put it on `" + names.get(0) + "`?"
                : " Did you mean to provide `@@unique([" + String.join(", ", names) + "])`?";
    }

    private void readRelation(RelationField field, Attribute attribute) {
        field.relationAttribute = attribute;
        Arguments arguments = Arguments.of(attribute, this.context);
        if (arguments == null) {
            return;
        }
        Expression fields = arguments.optional("fields");
        if (fields != null) {
            List<ScalarField> resolved = this.fieldLists.withoutArguments(fields, field.model(), null, attribute.span(),
                    "fields");
            field.fields = (resolved != null) ? resolved : List.of();
        }
        Expression references = arguments.optional("references");
        if (references != null) {
            List<ScalarField> resolved = this.fieldLists.withoutArguments(references, field.relatedModel(), null,
                    attribute.span(), "references");
            field.references = (resolved != null) ? resolved : List.of();
        }
        Expression name = arguments.defaultArgument("name");
        if (name != null) {
            String value = this.coerce.string(name);
            if (value != null && value.isEmpty()) {
                this.context.add(SchemaErrors.emptyRelationName(attribute.span()));
            }
            else {
                field.explicitName = value;
            }
        }
        Expression onDelete = arguments.optional("onDelete");
        if (onDelete != null) {
            field.explicitOnDelete = action(onDelete);
            field.onDeleteSpan = arguments.spanOf("onDelete");
        }
        Expression onUpdate = arguments.optional("onUpdate");
        if (onUpdate != null) {
            field.explicitOnUpdate = action(onUpdate);
            field.onUpdateSpan = arguments.spanOf("onUpdate");
        }
        field.mappedName = this.keyArguments.mappedName(arguments);
        arguments.finish();
    }

    private @org.jspecify.annotations.Nullable ReferentialAction action(Expression value) {
        String name = this.coerce.constant(value);
        if (name == null) {
            return null;
        }
        ReferentialAction action = ReferentialAction.fromPrismaName(name);
        if (action == null) {
            this.context.add(SchemaErrors.invalidReferentialAction(name, value.span()));
        }
        return action;
    }

}
