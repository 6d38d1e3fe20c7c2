package dev.goofer.codegen.emit;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The variable names visible where generated code names a type in an expression (a static
 * call, a constant, a method reference). Java resolves such a name to a variable before a
 * type, so a field called like a type, or like the first segment of a package, hides it.
 */
final class Scope {

    private final String model;

    private final Map<String, @Nullable String> names = new HashMap<>();

    /**
     * Create an empty scope.
     * @param model the model or enum the scope belongs to, for conflicts
     */
    Scope(String model) {
        this.model = model;
    }

    /**
     * Add a name.
     * @param name the Java name
     * @param field the schema field or value it comes from, or {@code null} for names the
     * generator chose
     * @return this scope
     */
    Scope add(String name, @Nullable String field) {
        this.names.putIfAbsent(name, field);
        return this;
    }

    boolean contains(String name) {
        return this.names.containsKey(name);
    }

    String model() {
        return this.model;
    }

    @Nullable String field(String name) {
        return this.names.get(name);
    }

}
