package dev.goofer.schema.semantic;

import java.util.HashSet;
import java.util.List;

import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * The rules of one-to-one relations: {@code fields} and {@code references} on exactly one
 * side, the required side, over unique fields, and an optional back relation.
 */
final class OneToOneRules {

    private final ValidationContext context;

    OneToOneRules(ValidationContext context) {
        this.context = context;
    }

    void check(Relation relation) {
        if (relation.kind() != RelationKind.ONE_TO_ONE) {
            return;
        }
        RelationField forward = relation.fieldA();
        RelationField back = relation.fieldB();
        if (back != null) {
            bothSides(forward, back);
        }
        fieldsAreUnique(forward);
        if (back == null || this.context.hasErrors()) {
            return;
        }
        mixups(forward, back);
        if (back.isRequired()) {
            this.context.add(SchemaErrors.invalidRelation(
                    "The relation field `" + back.name() + "` on Model `" + back.model().name()
                            + "` is required. This is not valid because it's not possible to enforce this "
                            + "constraint on the database level. Please change the field type from `"
                            + forward.model().name() + "` to `" + forward.model().name() + "?` to fix this.",
                    back.span()));
        }
        if (forward.isRequired() && (back.fields != null || back.references != null)) {
            this.context.add(SchemaErrors.invalidRelation("The relation field `" + back.model().name() + "."
                    + back.name() + "` defines the `fields` and/or `references` argument. You must set them on the "
                    + "required side of the relation (`" + forward.model().name() + "." + forward.name()
                    + "`) in order for the constraints to be enforced. Alternatively, you can change this field to be "
                    + "required and the opposite optional, or make both sides of the relation optional.", back.span()));
        }
    }

    private void bothSides(RelationField forward, RelationField back) {
        if (empty(forward.fields) && empty(back.fields)) {
            missingOnBoth(forward, back, "fields");
        }
        if (empty(forward.references) && empty(back.references)) {
            missingOnBoth(forward, back, "references");
        }
        if (!empty(forward.references) && !empty(back.references)) {
            onBoth(forward, back, "references");
        }
        if (!empty(forward.fields) && !empty(back.fields)) {
            onBoth(forward, back, "fields");
        }
        boolean forwardActions = forward.explicitOnDelete != null || forward.explicitOnUpdate != null;
        boolean backActions = back.explicitOnDelete != null || back.explicitOnUpdate != null;
        if (forwardActions && backActions) {
            onBoth(forward, back, "onDelete` or `onUpdate");
        }
        else if (backActions) {
            this.context.add(SchemaErrors.invalidRelation("The relation field `" + back.name() + "` on Model `"
                    + back.model().name() + "` must not specify the `onDelete` or `onUpdate` argument in the @relation "
                    + "attribute. You must only specify it on the opposite field `" + forward.name() + "` on model `"
                    + forward.model().name() + "`.", back.span()));
        }
    }

    private void missingOnBoth(RelationField forward, RelationField back, String argument) {
        for (RelationField[] pair : new RelationField[][] { { forward, back }, { back, forward } }) {
            this.context.add(SchemaErrors.invalidRelation("The relation fields `" + pair[0].name() + "` on Model `"
                    + pair[0].model().name() + "` and `" + pair[1].name() + "` on Model `" + pair[1].model().name()
                    + "` do not provide the `" + argument
                    + "` argument in the @relation attribute. You have to provide " + "it on one of the two fields.",
                    pair[0].span()));
        }
    }

    private void onBoth(RelationField forward, RelationField back, String argument) {
        String message = "The relation fields `" + forward.name() + "` on Model `" + forward.model().name() + "` and `"
                + back.name() + "` on Model `" + back.model().name() + "` both provide the `" + argument
                + "` argument in the @relation attribute. You have to provide it only on one of the two fields.";
        this.context.add(SchemaErrors.invalidRelation(message, forward.span()));
        this.context.add(SchemaErrors.invalidRelation(message, back.span()));
    }

    private void mixups(RelationField forward, RelationField back) {
        if (!empty(forward.fields) && !empty(back.references)) {
            this.context.add(SchemaErrors.invalidRelation(
                    "The relation field `" + forward.name() + "` on Model `" + forward.model().name()
                            + "` provides the `fields` argument in the @relation attribute. And the "
                            + "related field `" + back.name() + "` on Model `" + back.model().name() + "` provides the "
                            + "`references` argument. You must provide both arguments on the same side.",
                    forward.span()));
        }
        if (!empty(forward.references) && !empty(back.fields)) {
            this.context.add(SchemaErrors.invalidRelation("The relation field `" + forward.name() + "` on Model `"
                    + forward.model().name() + "` provides the `references` argument in the @relation attribute. And "
                    + "the related field `" + back.name() + "` on Model `" + back.model().name() + "` provides the "
                    + "`fields` argument. You must provide both arguments on the same side.", forward.span()));
        }
    }

    private void fieldsAreUnique(RelationField forward) {
        List<ScalarField> fields = forward.fields;
        if (fields == null) {
            return;
        }
        boolean unique = RelationRules.criteria(forward.model())
            .stream()
            .anyMatch((criterion) -> criterion.size() == fields.size()
                    && new HashSet<>(criterion).equals(new HashSet<>(fields)));
        if (unique) {
            return;
        }
        List<String> names = fields.stream().map(ScalarField::name).toList();
        String fix = (names.size() == 1) ? "an `@unique` attribute to the field `" + names.get(0) + "`"
                : "an `@@unique([" + String.join(", ", names) + "])` attribute to the model";
        this.context.add(SchemaErrors.invalidRelation("A one-to-one relation must use unique fields on the defining "
                + "side. Either add " + fix + ", or change the relation to one-to-many.", forward.span()));
    }

    private static boolean empty(List<ScalarField> fields) {
        return fields == null || fields.isEmpty();
    }

}
