package dev.goofer.schema.parser;

import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.BlockKind;
import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.EnumDeclaration;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.ast.FieldArity;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.ast.ModelDeclaration;
import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.ast.TypeReference;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser builds the syntax tree with spans, documentation and every expression form,
 * and reports invalid lines instead of failing.
 */
class SchemaParserTest {

    private static ParsedFile parse(String text) {
        return SchemaParser.parse(new SourceFile("schema.prisma", text));
    }

    private static ModelDeclaration model(SchemaDocument document, int index) {
        return (ModelDeclaration) document.declarations().get(index);
    }

    @Test
    void parsesBlocksFieldsAndAttributesWithSpans() {
        ParsedFile file = parse("""
                model User {
                  id    Int     @id @default(autoincrement())
                  email String? @unique
                  tags  String[]

                  @@index([email], map: "by_email")
                }
                """);
        assertThat(file.diagnostics()).isEmpty();
        ModelDeclaration user = model(file.document(), 0);
        assertThat(user.kind()).isEqualTo(BlockKind.MODEL);
        assertThat(user.name().name()).isEqualTo("User");
        assertThat(user.fields()).extracting(FieldDeclaration::arity)
            .containsExactly(FieldArity.REQUIRED, FieldArity.OPTIONAL, FieldArity.LIST);
        FieldDeclaration id = user.fields().get(0);
        assertThat(id.attributes()).extracting(Attribute::displayName).containsExactly("@id", "@default");
        SourceSpan span = id.attributes().get(1).span();
        assertThat(span.line()).isEqualTo(2);
        assertThat(span.column()).isEqualTo(21);
        Attribute index = user.attributes().get(0);
        assertThat(index.blockLevel()).isTrue();
        assertThat(index.arguments().arguments()).hasSize(2);
        assertThat(index.arguments().arguments().get(1).name().name()).isEqualTo("map");
        assertThat(user.span().line()).isEqualTo(1);
    }

    @Test
    void spansUseCharacterOffsetsAndOneBasedColumns() {
        String text = "model A {\n  id Int @id\n}\n";
        ParsedFile file = parse(text);
        FieldDeclaration id = model(file.document(), 0).fields().get(0);
        SourceSpan span = id.name().span();
        assertThat(text.substring(span.startOffset(), span.endOffset())).isEqualTo("id");
        assertThat(span.line()).isEqualTo(2);
        assertThat(span.column()).isEqualTo(3);
    }

    @Test
    void parsesEveryExpressionForm() {
        ParsedFile file = parse(
                """
                        model A {
                          id Int @id @default(dbgenerated("now() \\"quoted\\" \\u00e9"))
                          @@index([id(sort: Desc, length: 10, ops: raw("x"))], where: { deleted: null, nested: { not: false } }, type: Hash)
                          @@x(1, -2.5, Constant, env("X"), ["a", "b"], name:)
                        }
                        """);
        ModelDeclaration a = model(file.document(), 0);
        Expression.FunctionCall dbgenerated = (Expression.FunctionCall) a.fields()
            .get(0)
            .attributes()
            .get(1)
            .arguments()
            .arguments()
            .get(0)
            .value();
        assertThat(((Expression.StringLiteral) dbgenerated.arguments().arguments().get(0).value()).value())
            .isEqualTo("now() \"quoted\" é");
        Attribute index = a.attributes().get(0);
        Expression.ObjectExpression where = (Expression.ObjectExpression) index.arguments().arguments().get(1).value();
        assertThat(where.toSource()).isEqualTo("{ deleted: null, nested: { not: false } }");
        Attribute x = a.attributes().get(1);
        assertThat(x.arguments().arguments()).extracting((argument) -> argument.value().describe())
            .containsExactly("numeric", "numeric", "literal", "functional", "array");
        assertThat(x.arguments().emptyArguments()).extracting((identifier) -> identifier.name())
            .containsExactly("name");
    }

    @Test
    void keepsDocumentationCommentsOnModelsFieldsAndEnumValues() {
        ParsedFile file = parse("""
                // not documentation
                /// The user.
                /// Second line.
                model User {
                  /// The id.
                  id Int @id // a normal comment
                  // unrelated

                  /// The name.
                  name String /// trailing
                }

                /// Roles.
                enum Role {
                  /// Default.
                  USER
                  ADMIN /// Everything.
                }

                /// Separated by a blank line.

                model Orphan {
                  id Int @id
                }
                """);
        ModelDeclaration user = model(file.document(), 0);
        assertThat(user.documentation()).isEqualTo("The user.\nSecond line.");
        assertThat(user.fields().get(0).documentation()).isEqualTo("The id.");
        assertThat(user.fields().get(1).documentation()).isEqualTo("The name.\ntrailing");
        EnumDeclaration role = (EnumDeclaration) file.document().declarations().get(1);
        assertThat(role.documentation()).isEqualTo("Roles.");
        assertThat(role.values().get(0).documentation()).isEqualTo("Default.");
        assertThat(role.values().get(1).documentation()).isEqualTo("Everything.");
        assertThat(model(file.document(), 2).documentation()).isNull();
    }

    @Test
    void parsesViewsCompositeTypesConfigBlocksAndUnsupportedTypes() {
        ParsedFile file = parse("""
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                }

                view V {
                  id Int
                }

                type Address {
                  street String
                }

                model M {
                  id   Int                      @id
                  geom Unsupported("geometry")?
                }
                """);
        assertThat(file.diagnostics()).isEmpty();
        ConfigBlock db = (ConfigBlock) file.document().declarations().get(0);
        assertThat(db.properties()).extracting((property) -> property.name().name()).containsExactly("provider", "url");
        assertThat(model(file.document(), 1).kind()).isEqualTo(BlockKind.VIEW);
        assertThat(model(file.document(), 2).kind()).isEqualTo(BlockKind.COMPOSITE_TYPE);
        FieldDeclaration geom = model(file.document(), 3).fields().get(1);
        assertThat(geom.type()).isEqualTo(new TypeReference.Unsupported("geometry", geom.type().span()));
        assertThat(geom.arity()).isEqualTo(FieldArity.OPTIONAL);
    }

    @Test
    void acceptsKeywordsAndUnicodeLettersAsNames() {
        ParsedFile file = parse("""
                model löwe {
                  id    Int    @id
                  model String
                  type  String
                  enum  String
                }
                """);
        assertThat(file.diagnostics()).isEmpty();
        assertThat(model(file.document(), 0).fields()).extracting((field) -> field.name().name())
            .containsExactly("id", "model", "type", "enum");
    }

    @Test
    void reportsInvalidLinesAndKeepsParsingTheRest() {
        ParsedFile file = parse("""
                model A {
                  id Int @id
                  ??? nonsense
                  ok String
                }

                garbage here

                model B {
                  id Int @id
                }
                """);
        List<Diagnostic> errors = file.diagnostics();
        assertThat(errors).extracting((error) -> error.span().line()).containsExactly(3, 7);
        assertThat(model(file.document(), 0).fields()).hasSize(2);
        assertThat(model(file.document(), 1).name().name()).isEqualTo("B");
    }

    @Test
    void rejectsOneLineBlocksLikePrisma() {
        ParsedFile file = parse("model A { id Int @id }\n");
        assertThat(file.hasErrors()).isTrue();
        assertThat(file.diagnostics().get(0).message()).contains("must start on a new line");
    }

    @Test
    void rejectsLegacyFieldSyntax() {
        ParsedFile file = parse("""
                model A {
                  a: Int
                  b Int!
                  c [Int]
                  d Int[]?
                  e
                }
                """);
        assertThat(file.diagnostics()).extracting((error) -> error.span().line()).containsExactly(2, 3, 4, 5, 6);
        assertThat(model(file.document(), 0).fields()).isEmpty();
    }

    @Test
    void handlesWindowsLineEndingsAndCharactersOutsideTheBasicPlane() {
        String text = "/// 🎉 party\r\nmodel A {\r\n  id Int @id // 🎉\r\n  name String @default(\"🎉\")\r\n}\r\n";
        ParsedFile file = parse(text);
        assertThat(file.diagnostics()).isEmpty();
        FieldDeclaration name = model(file.document(), 0).fields().get(1);
        SourceSpan span = name.name().span();
        assertThat(text.substring(span.startOffset(), span.endOffset())).isEqualTo("name");
        assertThat(span.line()).isEqualTo(4);
        assertThat(model(file.document(), 0).documentation()).isEqualTo("🎉 party");
    }

}
