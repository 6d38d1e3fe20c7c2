package dev.goofer.schema.parser;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.Diagnostics;
import dev.goofer.schema.diagnostics.SourceFile;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Prisma schema files into {@link SchemaDocument}s. Parsing never throws on bad
 * input: everything that can be parsed ends up in the tree, and every problem becomes a
 * diagnostic. The fast SLL prediction mode is tried first; full LL only runs when SLL
 * fails.
 */
public final class SchemaParser {

    private SchemaParser() {
    }

    /**
     * Parse one schema file.
     * @param source the file
     * @return the syntax tree and the syntax errors
     */
    public static ParsedFile parse(SourceFile source) {
        SpanFactory spans = new SpanFactory(source);
        PrismaLexer lexer = new PrismaLexer(CharStreams.fromString(source.content(), source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PrismaParser parser = new PrismaParser(tokens);
        parser.removeErrorListeners();
        PrismaParser.SchemaContext tree;
        SyntaxErrorListener listener = new SyntaxErrorListener(spans);
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            tree = parser.schema();
        }
        catch (ParseCancellationException ex) {
            tokens.seek(0);
            parser.reset();
            parser.addErrorListener(listener);
            parser.setErrorHandler(new StrictErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = parser.schema();
        }
        List<Diagnostic> diagnostics = new ArrayList<>(listener.diagnostics());
        SchemaDocument document = new AstBuilder(spans, tokens, diagnostics).build(tree);
        diagnostics.sort(Diagnostics.ORDER);
        return new ParsedFile(document, diagnostics);
    }

    /**
     * Parse several files that together form one schema.
     * @param sources the files
     * @return one result per file, in the given order
     */
    public static List<ParsedFile> parseAll(List<SourceFile> sources) {
        return sources.stream().map(SchemaParser::parse).toList();
    }

}
