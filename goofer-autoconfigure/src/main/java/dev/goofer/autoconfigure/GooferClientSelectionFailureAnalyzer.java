package dev.goofer.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an ambiguous or unknown generated client.
 */
class GooferClientSelectionFailureAnalyzer extends AbstractFailureAnalyzer<GooferClientSelectionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GooferClientSelectionException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set goofer.client to the fully qualified class name of the client to wire, one of "
                        + cause.getCandidates() + ", and define beans of the others yourself.",
                cause);
    }

}
