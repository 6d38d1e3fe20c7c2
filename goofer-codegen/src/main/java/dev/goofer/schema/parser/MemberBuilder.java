package dev.goofer.schema.parser;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.Argument;
import dev.goofer.schema.ast.ArgumentList;
import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.ast.BlockKind;
import dev.goofer.schema.ast.EnumValueDeclaration;
import dev.goofer.schema.ast.Expression;
import dev.goofer.schema.ast.FieldArity;
import dev.goofer.schema.ast.FieldDeclaration;
import dev.goofer.schema.ast.Identifier;
import dev.goofer.schema.ast.TypeReference;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.SchemaErrors;
import dev.goofer.schema.diagnostics.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Builds fields, enum values, attributes and expressions for {@link AstBuilder}.
 */
final class MemberBuilder {

    private final SpanFactory spans;

    private final Documentation documentation;

    private final List<Diagnostic> diagnostics;

    MemberBuilder(SpanFactory spans, Documentation documentation, List<Diagnostic> diagnostics) {
        this.spans = spans;
        this.documentation = documentation;
        this.diagnostics = diagnostics;
    }

    Identifier identifier(PrismaParser.IdentifierContext context) {
        return new Identifier(context.getText(), this.spans.of(context));
    }

    @Nullable FieldDeclaration field(PrismaParser.FieldDeclarationContext context, BlockKind kind, String container) {
        Identifier name = identifier(context.name);
        Token last = lastBeforeNewline(context);
        SourceSpan span = this.spans.of(context.getStart(), last);
        if (context.legacyColon != null) {
            this.diagnostics.add(SchemaErrors.legacyColon(this.spans.of(context.legacyColon)));
            return null;
        }
        PrismaParser.FieldTypeContext type = context.fieldType();
        if (type == null) {
            this.diagnostics.add(SchemaErrors.missingFieldType(kind.keyword(), container, name.name(), span));
            return null;
        }
        FieldArity arity = arity(type);
        TypeReference reference = (arity != null) ? typeReference(baseType(type)) : null;
        if (arity == null || reference == null) {
            return null;
        }
        List<Attribute> attributes = new ArrayList<>();
        for (PrismaParser.FieldAttributeContext attribute : context.fieldAttribute()) {
            attributes.add(fieldAttribute(attribute));
        }
        return new FieldDeclaration(name, reference, arity, attributes, documentation(context.getStart(), last), span);
    }

    EnumValueDeclaration enumValue(PrismaParser.EnumValueDeclarationContext context) {
        Token last = lastBeforeNewline(context);
        List<Attribute> attributes = new ArrayList<>();
        for (PrismaParser.FieldAttributeContext attribute : context.fieldAttribute()) {
            attributes.add(fieldAttribute(attribute));
        }
        return new EnumValueDeclaration(identifier(context.name), attributes, documentation(context.getStart(), last),
                this.spans.of(context.getStart(), last));
    }

    Attribute blockAttribute(PrismaParser.BlockAttributeContext context) {
        return attribute(context.path(), context.argumentsList(), true, context);
    }

    Attribute fieldAttribute(PrismaParser.FieldAttributeContext context) {
        return attribute(context.path(), context.argumentsList(), false, context);
    }

    Expression expression(PrismaParser.ExpressionContext context) {
        SourceSpan span = this.spans.of(context);
        if (context instanceof PrismaParser.StringLiteralContext string) {
            return new Expression.StringLiteral(
                    StringLiterals.decode(string.STRING().getSymbol(), this.spans, this.diagnostics), span);
        }
        if (context instanceof PrismaParser.NumericLiteralContext number) {
            return new Expression.NumericLiteral(number.getText(), span);
        }
        if (context instanceof PrismaParser.ConstantValueContext constant) {
            return new Expression.ConstantValue(path(constant.path()).name(), span);
        }
        if (context instanceof PrismaParser.FunctionCallContext function) {
            return new Expression.FunctionCall(path(function.path()).name(), arguments(function.argumentsList()), span);
        }
        if (context instanceof PrismaParser.ArrayExpressionContext array) {
            return new Expression.ArrayExpression(array.expression().stream().map(this::expression).toList(), span);
        }
        PrismaParser.ObjectExpressionContext object = (PrismaParser.ObjectExpressionContext) context;
        List<Expression.ObjectMember> members = new ArrayList<>();
        for (PrismaParser.ObjectMemberContext member : object.objectMember()) {
            String key = (member.STRING() != null)
                    ? StringLiterals.decode(member.STRING().getSymbol(), this.spans, this.diagnostics)
                    : member.identifier().getText();
            SourceSpan keySpan = (member.STRING() != null) ? this.spans.of(member.STRING().getSymbol())
                    : this.spans.of(member.identifier());
            members.add(new Expression.ObjectMember(key, keySpan, expression(member.expression())));
        }
        return new Expression.ObjectExpression(members, span);
    }

    private Attribute attribute(PrismaParser.PathContext path, PrismaParser.@Nullable ArgumentsListContext arguments,
            boolean blockLevel, ParserRuleContext context) {
        ArgumentList list = (arguments != null) ? arguments(arguments) : ArgumentList.none();
        return new Attribute(path(path), blockLevel, list, this.spans.of(context));
    }

    private ArgumentList arguments(PrismaParser.ArgumentsListContext context) {
        List<Argument> arguments = new ArrayList<>();
        List<Identifier> empty = new ArrayList<>();
        for (PrismaParser.ArgumentContext argument : context.argument()) {
            SourceSpan span = this.spans.of(argument);
            if (argument instanceof PrismaParser.NamedArgumentContext named) {
                arguments.add(new Argument(identifier(named.name), expression(named.expression()), span));
            }
            else if (argument instanceof PrismaParser.EmptyArgumentContext emptyArgument) {
                empty.add(identifier(emptyArgument.name));
            }
            else {
                arguments.add(new Argument(null,
                        expression(((PrismaParser.UnnamedArgumentContext) argument).expression()), span));
            }
        }
        SourceSpan trailingComma = (context.trailingComma != null) ? this.spans.of(context.trailingComma) : null;
        return new ArgumentList(arguments, empty, trailingComma, this.spans.of(context));
    }

    private Identifier path(PrismaParser.PathContext context) {
        return new Identifier(context.getText(), this.spans.of(context));
    }

    private @Nullable FieldArity arity(PrismaParser.FieldTypeContext type) {
        SourceSpan span = this.spans.of(type);
        if (type instanceof PrismaParser.OptionalListTypeContext) {
            this.diagnostics.add(SchemaErrors.optionalList(span));
            return null;
        }
        if (type instanceof PrismaParser.LegacyRequiredTypeContext) {
            this.diagnostics.add(SchemaErrors.legacyRequiredType(span));
            return null;
        }
        if (type instanceof PrismaParser.LegacyListTypeContext) {
            this.diagnostics.add(SchemaErrors.legacyListType(span));
            return null;
        }
        if (type instanceof PrismaParser.ListTypeContext) {
            return FieldArity.LIST;
        }
        return (type instanceof PrismaParser.OptionalTypeContext) ? FieldArity.OPTIONAL : FieldArity.REQUIRED;
    }

    private static PrismaParser.BaseTypeContext baseType(PrismaParser.FieldTypeContext type) {
        if (type instanceof PrismaParser.ListTypeContext list) {
            return list.baseType();
        }
        if (type instanceof PrismaParser.OptionalTypeContext optional) {
            return optional.baseType();
        }
        return ((PrismaParser.RequiredTypeContext) type).baseType();
    }

    private @Nullable TypeReference typeReference(PrismaParser.BaseTypeContext base) {
        if (base instanceof PrismaParser.UnsupportedTypeContext unsupported) {
            String name = unsupported.identifier().getText();
            if (!"Unsupported".equals(name)) {
                this.diagnostics.add(SchemaErrors.typeWithArgument(name, this.spans.of(base)));
                return null;
            }
            String definition = StringLiterals.decode(unsupported.STRING().getSymbol(), this.spans, this.diagnostics);
            return new TypeReference.Unsupported(definition, this.spans.of(base));
        }
        return new TypeReference.Named(identifier(((PrismaParser.NamedTypeContext) base).identifier()));
    }

    private @Nullable String documentation(Token first, Token last) {
        String above = this.documentation.above(first, true);
        String trailing = this.documentation.trailing(last);
        if (above == null) {
            return trailing;
        }
        return (trailing != null) ? above + "\n" + trailing : above;
    }

    private static Token lastBeforeNewline(ParserRuleContext context) {
        Token stop = context.getStop();
        if (context.getChildCount() >= 2 && (stop.getType() == PrismaLexer.NEWLINE || stop.getType() == Token.EOF)) {
            Object previous = context.getChild(context.getChildCount() - 2).getPayload();
            if (previous instanceof Token token) {
                return token;
            }
            return ((ParserRuleContext) previous).getStop();
        }
        return stop;
    }

}
