package dev.goofer.schema.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the documentation of declarations in the comment tokens around them, following
 * Prisma's rules: {@code ///} lines and block comments document what follows them; a
 * top-level declaration takes the comment lines directly above it, a field or enum value
 * the last group of comment lines above it; a trailing {@code ///} comment on a field or
 * enum value line is appended.
 */
final class Documentation {

    private final BufferedTokenStream tokens;

    Documentation(BufferedTokenStream tokens) {
        this.tokens = tokens;
    }

    @Nullable String above(Token first, boolean allowBlankLines) {
        List<List<Token>> lines = commentLinesAbove(first.getTokenIndex());
        List<Token> group = new ArrayList<>();
        boolean seenComment = false;
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<Token> line = lines.get(i);
            if (line.isEmpty()) {
                if (seenComment || !allowBlankLines) {
                    break;
                }
                continue;
            }
            seenComment = true;
            group.addAll(0, line);
        }
        return text(group);
    }

    @Nullable String trailing(Token last) {
        List<Token> comments = new ArrayList<>();
        for (int i = last.getTokenIndex() + 1; i < this.tokens.size(); i++) {
            Token token = this.tokens.get(i);
            if (!isComment(token)) {
                break;
            }
            comments.add(token);
        }
        return text(comments);
    }

    /**
     * The lines between the previous significant token and {@code index}, oldest first;
     * each line holds its comment tokens (an empty list is a blank line). Comments on the
     * line of the previous token are trailing comments of that token and are left out.
     */
    private List<List<Token>> commentLinesAbove(int index) {
        List<Token> between = new ArrayList<>();
        int i = index - 1;
        while (i >= 0) {
            Token token = this.tokens.get(i);
            if (token.getType() != PrismaLexer.NEWLINE && !isComment(token)) {
                break;
            }
            between.add(0, token);
            i--;
        }
        boolean startOfFile = i < 0;
        List<List<Token>> lines = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean first = !startOfFile;
        for (Token token : between) {
            if (token.getType() == PrismaLexer.NEWLINE) {
                if (!first) {
                    lines.add(current);
                }
                first = false;
                current = new ArrayList<>();
            }
            else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private static boolean isComment(Token token) {
        int type = token.getType();
        return type == PrismaLexer.DOC_COMMENT || type == PrismaLexer.BLOCK_COMMENT || type == PrismaLexer.LINE_COMMENT;
    }

    private static @Nullable String text(List<Token> comments) {
        List<String> lines = new ArrayList<>();
        for (Token comment : comments) {
            String text = comment.getText();
            if (comment.getType() == PrismaLexer.DOC_COMMENT) {
                lines.add(text.substring(3).strip());
            }
            else if (comment.getType() == PrismaLexer.BLOCK_COMMENT) {
                lines.add(text.substring(2, text.length() - 2).strip());
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

}
