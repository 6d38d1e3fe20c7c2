package dev.goofer.schema;

import java.util.List;
import java.util.Random;

/**
 * Derives broken schemas from real ones: truncated, spliced with text from another
 * schema, with characters flipped, ranges deleted, lines duplicated, dropped or swapped,
 * and syntax tokens inserted. Deterministic for a given seed.
 */
final class SchemaMutator {

    private static final String ALPHABET = "{}()[]@\"\\:=,.?!/*\n\t -_aZ09é🎉\u0000\r";

    private static final List<String> TOKENS = List.of("@", "@@", "{", "}", "(", ")", "[", "]", "\"", "\\", "///", "//",
            "/*", "*/", "\n", "model ", "view ", "type ", "enum ", "datasource ", "generator ", "=", ":", ",", "?",
            "[]", "!", "@relation(", "@default(", "@@index([", "env(\"", "Unsupported(\"", "@db.", "-1", "1.5",
            "{ a: { b: null } }", "\u00a0", "\r\n");

    private final Random random;

    private final List<String> inputs;

    SchemaMutator(long seed, List<String> inputs) {
        this.random = new Random(seed);
        this.inputs = inputs;
    }

    /**
     * A mutant and how it was made.
     *
     * @param text the mutated schema
     * @param description the mutations applied
     */
    record Mutant(String text, String description) {
    }

    Mutant next() {
        String text = this.inputs.get(this.random.nextInt(this.inputs.size()));
        StringBuilder description = new StringBuilder();
        int mutations = 1 + this.random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            int kind = this.random.nextInt(8);
            description.append(kind).append(' ');
            text = mutate(text, kind);
        }
        return new Mutant(text, description.toString().strip());
    }

    private String mutate(String text, int kind) {
        if (text.isEmpty()) {
            return TOKENS.get(this.random.nextInt(TOKENS.size()));
        }
        int at = this.random.nextInt(text.length() + 1);
        return switch (kind) {
            case 0 -> text.substring(0, at);
            case 1 -> splice(text, at);
            case 2 -> flip(text);
            case 3 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + this.random.nextInt(50)));
            case 4 -> lines(text, 0);
            case 5 -> lines(text, 1);
            case 6 -> lines(text, 2);
            default -> text.substring(0, at) + TOKENS.get(this.random.nextInt(TOKENS.size())) + text.substring(at);
        };
    }

    private String splice(String text, int at) {
        String donor = this.inputs.get(this.random.nextInt(this.inputs.size()));
        if (donor.isEmpty()) {
            return text;
        }
        int from = this.random.nextInt(donor.length());
        int to = Math.min(donor.length(), from + 1 + this.random.nextInt(200));
        return text.substring(0, at) + donor.substring(from, to) + text.substring(at);
    }

    private String flip(String text) {
        StringBuilder out = new StringBuilder(text);
        int flips = 1 + this.random.nextInt(5);
        for (int i = 0; i < flips && out.length() > 0; i++) {
            int at = this.random.nextInt(out.length());
            out.setCharAt(at, ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private String lines(String text, int operation) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        int index = this.random.nextInt(lines.size());
        switch (operation) {
            case 0 -> lines.add(index, lines.get(index));
            case 1 -> lines.remove(index);
            default -> {
                int other = this.random.nextInt(lines.size());
                String swapped = lines.get(index);
                lines.set(index, lines.get(other));
                lines.set(other, swapped);
            }
        }
        return String.join("\n", lines);
    }

}
