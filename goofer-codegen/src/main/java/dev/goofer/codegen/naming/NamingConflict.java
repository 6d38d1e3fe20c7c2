package dev.goofer.codegen.naming;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A schema name that has no usable Java name in the generated client, for example two
 * models that both become the Java type {@code User}. The generator returns conflicts
 * instead of emitting code that would not compile; the schema front end turns each into a
 * {@code file:line:column} error at the named model or field.
 *
 * @param model the name of the model or enum the conflict is reported on, as written in
 * the schema
 * @param field the name of the field or enum value the conflict is reported on, or
 * {@code null} when it concerns the model or enum itself
 * @param message the message: a full sentence naming the clash and how to resolve it
 */
public record NamingConflict(String model, @Nullable String field, String message) {

    public NamingConflict {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return this.model + ((this.field != null) ? "." + this.field : "") + ": " + this.message;
    }

}
