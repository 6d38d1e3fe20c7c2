package dev.goofer.schema.semantic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.BlockKind;
import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigKind;
import dev.goofer.schema.ast.Declaration;
import dev.goofer.schema.ast.EnumDeclaration;
import dev.goofer.schema.ast.EnumValueDeclaration;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.ast.Identifier;
import dev.goofer.schema.ast.ModelDeclaration;
import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.SchemaErrors;

/**
 * The names pass: every top-level name is unique in its namespace (models, views, enums
 * and composite types share one; datasources and generators each have their own), field
 * and enum value names are unique in their block, and names follow the identifier rules.
 */
final class NamePass {

    /**
     * Names the Prisma client reserves (JavaScript keywords and {@code PrismaClient}).
     */
    static final Set<String> RESERVED_NAMES = Set.of("PrismaClient", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
            "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null",
            "package", "private", "protected", "public", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield");

    private final ValidationContext context;

    private final Map<String, Declaration> tops = new HashMap<>();

    private final Map<String, Declaration> datasources = new HashMap<>();

    private final Map<String, Declaration> generators = new HashMap<>();

    private NamePass(ValidationContext context) {
        this.context = context;
    }

    static void run(ValidationContext context) {
        NamePass pass = new NamePass(context);
        for (SchemaDocument document : context.documents) {
            document.declarations().forEach(pass::visit);
        }
    }

    private void visit(Declaration declaration) {
        Identifier name = declaration.name();
        if (ScalarType.fromPrismaName(name.name()) != null) {
            this.context.add(SchemaErrors.reservedScalarTypeName(name.name(), name.span()));
        }
        if (declaration instanceof EnumDeclaration enumDeclaration) {
            enumNames(enumDeclaration);
            insert(this.tops, declaration);
        }
        else if (declaration instanceof ModelDeclaration model) {
            modelNames(model);
            insert(this.tops, declaration);
        }
        else if (declaration instanceof ConfigBlock config) {
            insert((config.kind() == ConfigKind.DATASOURCE) ? this.datasources : this.generators, declaration);
        }
    }

    private void enumNames(EnumDeclaration declaration) {
        identifier(declaration.name(), "enum");
        if (RESERVED_NAMES.contains(declaration.name().name())) {
            this.context.add(SchemaErrors.reservedEnumName(declaration.name().name(), declaration.span()));
        }
        attributes(declaration.attributes());
        Set<String> values = new HashSet<>();
        for (EnumValueDeclaration value : declaration.values()) {
            identifier(value.name(), "enum value");
            attributes(value.attributes());
            if (!values.add(value.name().name())) {
                this.context
                    .add(SchemaErrors.duplicateEnumValue(declaration.name().name(), value.name().name(), value.span()));
            }
        }
    }

    private void modelNames(ModelDeclaration model) {
        String container = model.kind().keyword();
        boolean composite = model.kind() == BlockKind.COMPOSITE_TYPE;
        identifier(model.name(), composite ? "composite type" : container);
        if (!composite && RESERVED_NAMES.contains(model.name().name())) {
            this.context.add(SchemaErrors.reservedModelName(container, model.name().name(), model.span()));
        }
        attributes(model.attributes());
        Set<String> fields = new HashSet<>();
        for (FieldDeclaration field : model.fields()) {
            if (!composite) {
                identifier(field.name(), "field");
                attributes(field.attributes());
            }
            if (!fields.add(field.name().name())) {
                this.context.add(SchemaErrors.duplicateField(container, model.name().name(), field.name().name(),
                        field.name().span()));
            }
        }
    }

    private void attributes(List<Attribute> attributes) {
        for (Attribute attribute : attributes) {
            identifier(attribute.name(), "attribute");
        }
    }

    private void identifier(Identifier identifier, String item) {
        String name = identifier.name();
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            this.context.add(SchemaErrors.nameStartsWithNumber(item, identifier.span()));
        }
        else if (name.contains("-")) {
            this.context.add(SchemaErrors.nameWithHyphen(item, identifier.span()));
        }
    }

    private void insert(Map<String, Declaration> namespace, Declaration declaration) {
        Declaration existing = namespace.putIfAbsent(declaration.name().name(), declaration);
        if (existing != null) {
            this.context.add(SchemaErrors.duplicateTopLevel(kind(declaration), declaration.name().name(),
                    kind(existing), declaration.name().span()));
        }
    }

    private static String kind(Declaration declaration) {
        if (declaration instanceof ModelDeclaration model && model.kind() == BlockKind.COMPOSITE_TYPE) {
            return "composite type";
        }
        return declaration.describe();
    }

}
