package dev.goofer.schema.parser;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.BlockKind;
import dev.goofer.schema.ast.ConfigBlock;
import dev.goofer.schema.ast.ConfigKind;
import dev.goofer.schema.ast.ConfigProperty;
import dev.goofer.schema.ast.Declaration;
import dev.goofer.schema.ast.EnumDeclaration;
import dev.goofer.schema.ast.EnumValueDeclaration;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.ast.Identifier;
import dev.goofer.schema.ast.ModelDeclaration;
import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Builds the immutable syntax tree from ANTLR's parse tree, reporting invalid lines and
 * legacy syntax on the way. Declarations are built here; fields, attributes and
 * expressions in {@link MemberBuilder}.
 */
final class AstBuilder extends PrismaParserBaseVisitor<Object> {

    private final SpanFactory spans;

    private final BufferedTokenStream tokens;

    private final List<Diagnostic> diagnostics;

    private final Documentation documentation;

    private final MemberBuilder members;

    AstBuilder(SpanFactory spans, BufferedTokenStream tokens, List<Diagnostic> diagnostics) {
        this.spans = spans;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
        this.documentation = new Documentation(tokens);
        this.members = new MemberBuilder(spans, this.documentation, diagnostics);
    }

    SchemaDocument build(PrismaParser.SchemaContext tree) {
        List<Declaration> declarations = new ArrayList<>();
        for (PrismaParser.TopLevelItemContext item : tree.topLevelItem()) {
            Declaration declaration = declaration(item);
            if (declaration != null) {
                declarations.add(declaration);
            }
        }
        return new SchemaDocument(this.spans.source(), declarations);
    }

    private @Nullable Declaration declaration(PrismaParser.TopLevelItemContext item) {
        if (item.modelDeclaration() != null && item.modelDeclaration().name != null) {
            return model(item.modelDeclaration());
        }
        if (item.enumDeclaration() != null && item.enumDeclaration().name != null) {
            return enumDeclaration(item.enumDeclaration());
        }
        if (item.configBlock() != null && item.configBlock().name != null) {
            return configBlock(item.configBlock());
        }
        if (item.typeAlias() != null) {
            this.diagnostics.add(SchemaErrors.typeAlias(this.spans.of(item.typeAlias())));
        }
        else if (item.arbitraryBlock() != null) {
            PrismaParser.ArbitraryBlockContext block = item.arbitraryBlock();
            this.diagnostics.add(SchemaErrors.unknownBlock(block.identifier().getText(), this.spans.of(block)));
        }
        else if (item.invalidLine() != null) {
            this.diagnostics.add(invalidLine(item.invalidLine()));
        }
        return null;
    }

    private Diagnostic invalidLine(PrismaParser.InvalidLineContext line) {
        int first = line.getStart().getTokenIndex();
        Token keyword = this.tokens.get(first);
        Token name = next(first);
        Token open = (name != null) ? next(name.getTokenIndex()) : null;
        boolean opensBlock = switch (keyword.getType()) {
            case PrismaLexer.MODEL, PrismaLexer.VIEW, PrismaLexer.TYPE, PrismaLexer.ENUM, PrismaLexer.DATASOURCE,
                    PrismaLexer.GENERATOR ->
                true;
            default -> false;
        };
        if (opensBlock && name != null && open != null && open.getType() == PrismaLexer.BLOCK_OPEN) {
            String rest = open.getText().substring(1).strip();
            if (!rest.isEmpty() && !rest.startsWith("//") && !rest.startsWith("/*")) {
                return SchemaErrors.textAfterBlockOpen(keyword.getText(), name.getText(),
                        this.spans.tail(open, open.getText().indexOf(rest.charAt(0), 1)));
            }
            return SchemaErrors.unclosedBlock(keyword.getText(), name.getText(), lineSpan(line));
        }
        return SchemaErrors.invalidTopLevelLine(lineSpan(line));
    }

    private @Nullable Token next(int index) {
        for (int i = index + 1; i < this.tokens.size(); i++) {
            Token token = this.tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token;
            }
        }
        return null;
    }

    private ModelDeclaration model(PrismaParser.ModelDeclarationContext context) {
        BlockKind kind = switch (context.keyword.getType()) {
            case PrismaLexer.VIEW -> BlockKind.VIEW;
            case PrismaLexer.TYPE -> BlockKind.COMPOSITE_TYPE;
            default -> BlockKind.MODEL;
        };
        Identifier name = this.members.identifier(context.name);
        checkBlockOpen(context.BLOCK_OPEN().getSymbol(), kind.keyword(), name);
        List<FieldDeclaration> fields = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        for (PrismaParser.ModelMemberContext member : context.modelMember()) {
            if (member.fieldDeclaration() != null) {
                FieldDeclaration field = this.members.field(member.fieldDeclaration(), kind, name.name());
                if (field != null) {
                    fields.add(field);
                }
            }
            else if (member.blockAttribute() != null) {
                attributes.add(this.members.blockAttribute(member.blockAttribute()));
            }
            else if (member.invalidBlockLine() != null) {
                PrismaParser.InvalidBlockLineContext line = member.invalidBlockLine();
                this.diagnostics
                    .add(SchemaErrors.invalidModelLine(kind.keyword(), name.name(), detail(line), lineSpan(line)));
            }
        }
        return new ModelDeclaration(kind, name, fields, attributes, this.documentation.above(context.getStart(), false),
                this.spans.of(context));
    }

    private EnumDeclaration enumDeclaration(PrismaParser.EnumDeclarationContext context) {
        Identifier name = this.members.identifier(context.name);
        checkBlockOpen(context.BLOCK_OPEN().getSymbol(), "enum", name);
        List<EnumValueDeclaration> values = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        for (PrismaParser.EnumMemberContext member : context.enumMember()) {
            if (member.enumValueDeclaration() != null) {
                values.add(this.members.enumValue(member.enumValueDeclaration()));
            }
            else if (member.blockAttribute() != null) {
                attributes.add(this.members.blockAttribute(member.blockAttribute()));
            }
            else if (member.invalidBlockLine() != null) {
                PrismaParser.InvalidBlockLineContext line = member.invalidBlockLine();
                this.diagnostics.add(SchemaErrors.invalidEnumLine(name.name(), detail(line), lineSpan(line)));
            }
        }
        return new EnumDeclaration(name, values, attributes, this.documentation.above(context.getStart(), false),
                this.spans.of(context));
    }

    private ConfigBlock configBlock(PrismaParser.ConfigBlockContext context) {
        ConfigKind kind = (context.keyword.getType() == PrismaLexer.DATASOURCE) ? ConfigKind.DATASOURCE
                : ConfigKind.GENERATOR;
        Identifier name = this.members.identifier(context.name);
        checkBlockOpen(context.BLOCK_OPEN().getSymbol(), kind.keyword(), name);
        List<ConfigProperty> properties = new ArrayList<>();
        for (PrismaParser.ConfigMemberContext member : context.configMember()) {
            if (member.keyValue() != null) {
                PrismaParser.KeyValueContext keyValue = member.keyValue();
                Expression value = (keyValue.expression() != null) ? this.members.expression(keyValue.expression())
                        : null;
                properties
                    .add(new ConfigProperty(this.members.identifier(keyValue.key), value, this.spans.of(keyValue)));
            }
            else if (member.invalidBlockLine() != null) {
                PrismaParser.InvalidBlockLineContext line = member.invalidBlockLine();
                this.diagnostics
                    .add(SchemaErrors.invalidConfigLine(kind.keyword(), name.name(), detail(line), lineSpan(line)));
            }
        }
        return new ConfigBlock(kind, name, properties, this.documentation.above(context.getStart(), false),
                this.spans.of(context));
    }

    private void checkBlockOpen(Token blockOpen, String keyword, Identifier name) {
        String text = blockOpen.getText();
        String rest = text.substring(1).strip();
        if (rest.isEmpty() || rest.startsWith("//") || rest.startsWith("/*")) {
            return;
        }
        int skip = text.indexOf(rest.charAt(0), 1);
        this.diagnostics.add(SchemaErrors.textAfterBlockOpen(keyword, name.name(), this.spans.tail(blockOpen, skip)));
    }

    /**
     * The span of a line rule without its line terminator.
     */
    private SourceSpan lineSpan(ParserRuleContext line) {
        Token start = line.getStart();
        Token stop = line.getStop();
        if (stop == null) {
            return this.spans.of(start);
        }
        int index = stop.getTokenIndex();
        while (index > start.getTokenIndex() && (this.tokens.get(index).getType() == PrismaLexer.NEWLINE
                || this.tokens.get(index).getType() == Token.EOF
                || this.tokens.get(index).getChannel() != Token.DEFAULT_CHANNEL)) {
            index--;
        }
        return this.spans.of(start, this.tokens.get(index));
    }

    /**
     * A sentence on why a line is invalid, when a token in it tells.
     */
    private String detail(ParserRuleContext line) {
        int depth = 0;
        int previous = -1;
        for (int i = line.getStart().getTokenIndex(); i <= line.getStop().getTokenIndex(); i++) {
            Token token = this.tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (previous == PrismaLexer.COMMA && token.getType() == PrismaLexer.RBRACKET) {
                return " Lists cannot end with a comma.";
            }
            previous = token.getType();
            switch (token.getType()) {
                case PrismaLexer.UNTERMINATED_STRING:
                    return " The string starting at column " + (token.getCharPositionInLine() + 1)
                            + " is not terminated.";
                case PrismaLexer.ERROR_CHAR:
                    return " The character `" + token.getText() + "` is not valid here.";
                case PrismaLexer.LPAREN, PrismaLexer.LBRACKET:
                    depth++;
                    break;
                case PrismaLexer.RPAREN, PrismaLexer.RBRACKET:
                    depth--;
                    break;
                default:
                    break;
            }
        }
        return (depth != 0) ? " Its parentheses or brackets are not balanced." : "";
    }

}
