package dev.goofer.codegen.testing;

import org.jspecify.annotations.Nullable;

/**
 * What scalar and relation fields under construction share.
 */
public abstract class Spec {

    final String name;

    boolean optional;

    boolean list;

    boolean ignored;

    @Nullable String documentation;

    Spec(String name) {
        this.name = name;
    }

    /**
     * A field option.
     */
    @FunctionalInterface
    public interface Option {

        void applyTo(Spec spec);

    }

}
