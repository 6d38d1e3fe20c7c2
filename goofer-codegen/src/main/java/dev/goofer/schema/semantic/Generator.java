package dev.goofer.schema.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.goofer.schema.diagnostics.SourceSpan;
import org.jspecify.annotations.Nullable;

/**
 * A {@code generator} block. Besides the keys Prisma knows, a generator may carry any
 * other key, such as Goofer's {@code package}.
 *
 * @param name the block name
 * @param provider the {@code provider} property
 * @param output the {@code output} property, or {@code null}
 * @param previewFeatures the preview features as written
 * @param binaryTargets the {@code binaryTargets} property, empty when absent
 * @param config every other property, in source order
 * @param documentation the {@code ///} documentation, or {@code null}
 * @param span the span of the block
 */
public record Generator(String name, ConfigValue provider, @Nullable ConfigValue output, List<String> previewFeatures,
        List<ConfigValue> binaryTargets, Map<String, ConfigValue> config, @Nullable String documentation,
        SourceSpan span) {

    /**
     * Create a generator.
     * @param name the name
     * @param provider the provider
     * @param output the output
     * @param previewFeatures the preview features
     * @param binaryTargets the binary targets
     * @param config the other properties
     * @param documentation the documentation
     * @param span the span
     */
    public Generator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        previewFeatures = List.copyOf(previewFeatures);
        binaryTargets = List.copyOf(binaryTargets);
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        Objects.requireNonNull(span, "span");
    }

    /**
     * Return an extra property as text, for example {@code property("package")}.
     * @param key the property name
     * @return the value as text, or {@code null} if the property is absent
     */
    public @Nullable String property(String key) {
        ConfigValue value = this.config.get(key);
        return (value != null) ? value.asText() : null;
    }

}
