package dev.goofer.client;

/**
 * A relation field of a generated record was read although the query did not include it.
 * Goofer fails here rather than return a silent {@code null} or empty list.
 */
public class RelationNotLoadedException extends IllegalStateException {

    /**
     * Create an exception for a relation of a model.
     * @param model the model name
     * @param field the relation field name
     */
    public RelationNotLoadedException(String model, String field) {
        super("Relation \"" + field + "\" of " + model + " was not loaded: add include(" + model + "Fields."
                + upperSnake(field) + ") or select it in the query that read this record.");
    }

    static String upperSnake(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                text.append('_');
            }
            text.append(Character.toUpperCase(c));
        }
        return text.toString();
    }

}
