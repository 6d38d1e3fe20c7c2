package dev.goofer.schema.semantic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.schema.ast.Attribute;
import dev.goofer.schema.diagnostics.SchemaErrors;
import org.jspecify.annotations.Nullable;

/**
 * Walks the attributes of one field, model or enum: each known attribute is taken once,
 * then {@link #finish()} reports the attributes nobody took as unknown (psl's attribute
 * state machine).
 */
final class AttributeSet {

    private final List<Attribute> attributes;

    private final ValidationContext context;

    private final Map<Attribute, Boolean> visited = new IdentityHashMap<>();

    AttributeSet(List<Attribute> attributes, ValidationContext context) {
        this.attributes = attributes;
        this.context = context;
    }

    /**
     * Take an attribute that may appear at most once; duplicates are reported and none is
     * returned.
     */
    @Nullable Attribute single(String name) {
        List<Attribute> found = named(name);
        found.forEach((attribute) -> this.visited.put(attribute, true));
        if (found.size() > 1) {
            found.forEach((attribute) -> this.context
                .add(SchemaErrors.duplicateAttribute(attribute.displayName(), attribute.span())));
            return null;
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Take every occurrence of a repeatable attribute.
     */
    List<Attribute> repeated(String name) {
        List<Attribute> found = named(name);
        found.forEach((attribute) -> this.visited.put(attribute, true));
        return found;
    }

    /**
     * Take the native type attribute ({@code @db.X}), whose name holds a dot.
     */
    @Nullable Attribute nativeType() {
        Attribute first = null;
        for (Attribute attribute : this.attributes) {
            if (attribute.name().name().contains(".")) {
                this.visited.put(attribute, true);
                if (first == null) {
                    first = attribute;
                }
                else {
                    String prefix = attribute.name().name().substring(0, attribute.name().name().indexOf('.'));
                    this.context.add(SchemaErrors.duplicateAttribute("@" + prefix, attribute.span()));
                }
            }
        }
        return first;
    }

    /**
     * Report every attribute that was not taken as unknown.
     */
    void finish() {
        for (Attribute attribute : this.attributes) {
            if (!this.visited.containsKey(attribute)) {
                this.context.add(SchemaErrors.unknownAttribute(attribute.displayName(), attribute.span()));
            }
        }
    }

    private List<Attribute> named(String name) {
        List<Attribute> found = new ArrayList<>();
        for (Attribute attribute : this.attributes) {
            if (attribute.name().name().equals(name)) {
                found.add(attribute);
            }
        }
        return found;
    }

}
