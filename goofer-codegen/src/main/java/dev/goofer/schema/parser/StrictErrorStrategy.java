package dev.goofer.schema.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * The default error strategy without silent single-token insertion or deletion (Trino's
 * {@code recoverInline} override): a missing or extra token is always reported.
 */
final class StrictErrorStrategy extends DefaultErrorStrategy {

    @Override
    public Token recoverInline(Parser recognizer) {
        throw new InputMismatchException(recognizer);
    }

}
