package dev.goofer.schema.semantic;

import java.util.Locale;

import dev.goofer.schema.ast.BlockKind;
import dev.goofer.schema.ast.Declaration;
import dev.goofer.schema.ast.EnumDeclaration;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.ast.ModelDeclaration;
import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.ast.TypeReference;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * The types pass: creates the models, views, enums and composite types, and resolves each
 * field's type to a scalar type, enum, composite type, {@code Unsupported} type or model
 * (a relation field). Names resolve across all files of the schema.
 */
final class TypePass {

    private final ValidationContext context;

    private TypePass(ValidationContext context) {
        this.context = context;
    }

    static void run(ValidationContext context) {
        TypePass pass = new TypePass(context);
        pass.declareAll();
        for (Model model : context.models.values()) {
            for (FieldDeclaration field : model.declaration().fields()) {
                pass.modelField(model, field);
            }
        }
        for (CompositeType type : context.compositeTypes.values()) {
            for (FieldDeclaration field : type.declaration().fields()) {
                pass.compositeField(type, field);
            }
        }
    }

    private void declareAll() {
        for (SchemaDocument document : this.context.documents) {
            for (Declaration declaration : document.declarations()) {
                if (declaration instanceof ModelDeclaration model) {
                    if (model.kind() == BlockKind.COMPOSITE_TYPE) {
                        this.context.compositeTypes.put(model.name().name(), new CompositeType(model));
                    }
                    else {
                        this.context.models.put(model.name().name(), new Model(model));
                    }
                }
                else if (declaration instanceof EnumDeclaration enumDeclaration) {
                    if (enumDeclaration.values().isEmpty()) {
                        this.context
                            .add(SchemaErrors.enumWithoutValues(enumDeclaration.name().name(), enumDeclaration.span()));
                    }
                    this.context.enums.put(enumDeclaration.name().name(), new EnumType(enumDeclaration));
                }
            }
        }
    }

    private void modelField(Model model, FieldDeclaration field) {
        if (field.type() instanceof TypeReference.Named named) {
            Model related = this.context.models.get(named.name().name());
            if (related != null) {
                model.fields.add(new RelationField(field, model, related));
                return;
            }
        }
        ScalarField scalar = scalarField(field, model);
        if (scalar != null) {
            model.fields.add(scalar);
        }
    }

    private void compositeField(CompositeType type, FieldDeclaration field) {
        if (field.type() instanceof TypeReference.Named named && this.context.models.containsKey(named.name().name())) {
            this.context.add(SchemaErrors.compositeTypeRelation(type.name(), named.name().name(), field.type().span()));
            return;
        }
        ScalarField scalar = scalarField(field, null);
        if (scalar != null) {
            type.fields.add(scalar);
        }
    }

    private @Nullable ScalarField scalarField(FieldDeclaration field, @Nullable Model model) {
        if (!(field.type() instanceof TypeReference.Named named)) {
            return new ScalarField(field, model, FieldKind.UNSUPPORTED, null, null, null);
        }
        String name = named.name().name();
        ScalarType scalarType = ScalarType.fromPrismaName(name);
        if (scalarType != null) {
            return new ScalarField(field, model, FieldKind.SCALAR, scalarType, null, null);
        }
        EnumType enumType = this.context.enums.get(name);
        if (enumType != null) {
            return new ScalarField(field, model, FieldKind.ENUM, null, enumType, null);
        }
        CompositeType composite = this.context.compositeTypes.get(name);
        if (composite != null) {
            return new ScalarField(field, model, FieldKind.COMPOSITE, null, null, composite);
        }
        String suggestion = suggestion(name);
        this.context.add((suggestion != null) ? SchemaErrors.typeNotFoundWithSuggestion(name, suggestion, named.span())
                : SchemaErrors.typeNotFound(name, named.span()));
        return null;
    }

    private @Nullable String suggestion(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ScalarType type : ScalarType.values()) {
            if (type.prismaName().toLowerCase(Locale.ROOT).equals(lower)) {
                return type.prismaName();
            }
        }
        for (String candidate : this.context.models.keySet()) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
                return candidate;
            }
        }
        for (String candidate : this.context.enums.keySet()) {
            if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
                return candidate;
            }
        }
        return null;
    }

}
