package dev.goofer.codegen.model;

import java.util.LinkedHashSet;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.codegen.naming.NameScope;

/**
 * The top-level type names of the generated package: each is taken once, and names that
 * differ only in case clash, since their source files would. Mutable; used only while one
 * client is derived.
 */
final class TypeNames {

    private final String packageName;

    private final Conflicts conflicts;

    private final NameScope scope = NameScope.caseInsensitive();

    private final Set<String> taken = new LinkedHashSet<>();

    TypeNames(String packageName, Conflicts conflicts) {
        this.packageName = packageName;
        this.conflicts = conflicts;
    }

    /**
     * Take a type name for a model or enum.
     * @param kind {@code model} or {@code enum}
     * @param name the schema name of the model or enum
     * @param javaName the type name from the naming strategy
     * @param owner what the type is, for messages
     * @return the class name (also when the name clashed, so that derivation continues)
     */
    ClassName claim(String kind, String name, String javaName, String owner) {
        if (!JavaIdentifiers.isTypeName(javaName)) {
            this.conflicts.invalidTypeName(kind, name, javaName);
            return ClassName.get(this.packageName, "Invalid" + this.taken.size());
        }
        NameScope.Claim holder = this.scope.claim(javaName, owner);
        if (holder != null) {
            this.conflicts.typeClash(kind, name, javaName, holder);
        }
        this.taken.add(javaName);
        return ClassName.get(this.packageName, javaName);
    }

    /**
     * Take a type name for a companion type of a model (its field handles, selectors or
     * inputs). Companions give way: when the name is taken, by another model's record for
     * example, the first free name with trailing underscores is taken instead.
     * @param model the schema name of the model
     * @param javaName the type name from the naming strategy
     * @param role what the type is to the model, for messages
     * @param owner what the type is, for messages
     * @return the class name
     */
    ClassName claimCompanion(String model, String javaName, String role, String owner) {
        if (!JavaIdentifiers.isTypeName(javaName)) {
            this.conflicts.invalidTypeName("model", model, javaName);
            return ClassName.get(this.packageName, "Invalid" + this.taken.size());
        }
        String allocated = javaName;
        NameScope.Claim holder = this.scope.claim(javaName, owner);
        if (holder != null) {
            allocated = this.scope.allocate(javaName + "_", owner);
            this.conflicts.typeRenamed(model, role, allocated, javaName, holder);
        }
        this.taken.add(allocated);
        return ClassName.get(this.packageName, allocated);
    }

    /**
     * Take a type name of the client itself (client, schema, definition).
     * @param javaName the type name
     * @param owner what the type is, for messages
     * @return the class name
     * @throws IllegalArgumentException if the name is not a legal type name or taken
     */
    ClassName claimClientType(String javaName, String owner) {
        if (!JavaIdentifiers.isTypeName(javaName) || this.scope.claim(javaName, owner) != null) {
            throw new IllegalArgumentException(
                    "The naming strategy gave " + owner + " the name \"" + javaName + "\", which is not usable");
        }
        this.taken.add(javaName);
        return ClassName.get(this.packageName, javaName);
    }

    /**
     * Record the simple name of a nested generated type, which can shadow package types
     * inside its enclosing class.
     * @param simpleName the nested type name
     */
    void nested(String simpleName) {
        this.taken.add(simpleName);
    }

    Set<String> all() {
        return this.taken;
    }

}
