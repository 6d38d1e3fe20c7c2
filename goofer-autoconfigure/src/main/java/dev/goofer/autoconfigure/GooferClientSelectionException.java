package dev.goofer.autoconfigure;

import java.util.List;

/**
 * Thrown at startup when the generated client to wire cannot be chosen: several are on
 * the class path and {@code goofer.client} does not name one, or it names none of them.
 */
public class GooferClientSelectionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> candidates;

    /**
     * Create the exception.
     * @param message the message
     * @param candidates the class names of the clients found
     */
    public GooferClientSelectionException(String message, List<String> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Return the class names of the generated clients found on the class path.
     * @return the candidates
     */
    public List<String> getCandidates() {
        return this.candidates;
    }

}
