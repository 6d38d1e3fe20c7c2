package dev.goofer.codegen.naming;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The names already taken in one Java scope (a package, a class, a builder), each with a
 * description of what took it, so that a clash can be reported naming both sides.
 * Mutable; used only while the names of one client are derived.
 */
public final class NameScope {

    private final Map<String, Claim> claims = new HashMap<>();

    private final boolean ignoreCase;

    private NameScope(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /**
     * Create a scope in which names differing only in case are distinct.
     * @return the scope
     */
    public static NameScope caseSensitive() {
        return new NameScope(false);
    }

    /**
     * Create a scope in which names differing only in case clash, as top-level type names
     * do on case-insensitive file systems.
     * @return the scope
     */
    public static NameScope caseInsensitive() {
        return new NameScope(true);
    }

    /**
     * Take a name, unless it is taken.
     * @param name the name
     * @param owner what takes it, for messages, for example {@code model "User"}
     * @return {@code null} if the name was free, else the claim that holds it
     */
    public @Nullable Claim claim(String name, String owner) {
        return this.claims.putIfAbsent(key(name), new Claim(name, owner));
    }

    /**
     * Return the claim holding a name.
     * @param name the name
     * @return the claim, or {@code null} if the name is free
     */
    public @Nullable Claim find(String name) {
        return this.claims.get(key(name));
    }

    /**
     * Whether a name is taken.
     * @param name the name
     * @return whether it is taken
     */
    public boolean contains(String name) {
        return this.claims.containsKey(key(name));
    }

    /**
     * Take the first free name among {@code name}, {@code name_}, {@code name__}, ...
     * @param name the preferred name
     * @param owner what takes it
     * @return the name taken
     */
    public String allocate(String name, String owner) {
        String candidate = name;
        while (claim(candidate, owner) != null) {
            candidate = candidate + "_";
        }
        return candidate;
    }

    private String key(String name) {
        return this.ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * A name taken in a scope.
     *
     * @param name the name as it was taken
     * @param owner what took it
     */
    public record Claim(String name, String owner) {
    }

}
