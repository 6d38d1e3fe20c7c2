package dev.goofer.schema.semantic;

import java.util.Set;

/**
 * One native type a provider knows: its name, how many arguments it takes and which
 * Prisma scalar types it can back.
 */
record NativeTypeSpec(String name, int requiredArguments, int optionalArguments, Set<ScalarType> scalarTypes,
        ArgumentKind argumentKind) {

    /** How the arguments of a native type are written. */
    enum ArgumentKind {

        NONE(""), NUMBER("a nonnegative integer"), NUMBERS("two nonnegative integers"),
        NUMBER_OR_MAX("an integer or `Max`");

        private final String description;

        ArgumentKind(String description) {
            this.description = description;
        }

        String description() {
            return this.description;
        }

    }

    static NativeTypeSpec plain(String name, ScalarType... types) {
        return new NativeTypeSpec(name, 0, 0, Set.of(types), ArgumentKind.NONE);
    }

    static NativeTypeSpec optionalNumber(String name, ScalarType... types) {
        return new NativeTypeSpec(name, 0, 1, Set.of(types), ArgumentKind.NUMBER);
    }

    static NativeTypeSpec requiredNumber(String name, ScalarType... types) {
        return new NativeTypeSpec(name, 1, 0, Set.of(types), ArgumentKind.NUMBER);
    }

    static NativeTypeSpec optionalPrecision(String name, ScalarType... types) {
        return new NativeTypeSpec(name, 0, 2, Set.of(types), ArgumentKind.NUMBERS);
    }

    static NativeTypeSpec optionalLengthOrMax(String name, ScalarType... types) {
        return new NativeTypeSpec(name, 0, 1, Set.of(types), ArgumentKind.NUMBER_OR_MAX);
    }

}
