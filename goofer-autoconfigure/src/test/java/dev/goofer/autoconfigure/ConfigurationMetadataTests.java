package dev.goofer.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the IDE shows for {@code goofer.*}.
 */
class ConfigurationMetadataTests {

    @Test
    void everyGooferPropertyHasATypeAndADescription() throws IOException {
        Map<String, Map<String, Object>> properties = properties();
        assertThat(properties).containsKeys("goofer.dialect", "goofer.client", "goofer.statement-cache-size",
                "goofer.schema.mode", "goofer.cache.enabled", "goofer.cache.default-ttl", "goofer.cache.maximum-size",
                "goofer.cache.models", "goofer.cache.ttl", "goofer.profiler.enabled",
                "goofer.profiler.slow-query-threshold", "goofer.profiler.slow-query-capacity",
                "goofer.profiler.record-sql", "goofer.profiler.log-parameters", "goofer.shards",
                "goofer.routing.default-shard", "goofer.routing.strategy", "goofer.routing.ranges",
                "goofer.routing.models", "goofer.routing.broadcast-models", "goofer.routing.fan-out.parallelism",
                "goofer.routing.fan-out.timeout", "goofer.routing.max-merge-rows", "management.health.goofer.enabled");
        properties.forEach((name, property) -> {
            if (name.startsWith("goofer.")) {
                assertThat(property.get("type")).as(name).isNotNull();
                assertThat((String) property.get("description")).as(name).isNotBlank().doesNotContain("{@code");
            }
        });
        assertThat(properties.get("goofer.profiler.slow-query-threshold")).containsEntry("type", "java.time.Duration")
            .containsEntry("defaultValue", "500ms");
        assertThat(properties.get("goofer.cache.default-ttl")).containsEntry("defaultValue", "5m");
        assertThat(properties.get("goofer.schema.mode")).containsEntry("defaultValue", "none");
        assertThat((String) properties.get("goofer.profiler.record-sql").get("description")).startsWith("Whether");
    }

    @Test
    void schemaModeValuesAreHinted() throws IOException {
        List<Map<String, Object>> hints = list(metadata().get("hints"));
        Map<String, Object> mode = hints.stream()
            .filter((hint) -> "goofer.schema.mode".equals(hint.get("name")))
            .findFirst()
            .orElseThrow();
        assertThat(list(mode.get("values"))).extracting((value) -> value.get("value"))
            .containsExactly("none", "validate", "push");
    }

    private static Map<String, Map<String, Object>> properties() throws IOException {
        return list(metadata().get("properties")).stream()
            .collect(
                    Collectors.toMap((property) -> (String) property.get("name"), (property) -> property, (a, b) -> a));
    }

    private static Map<String, Object> metadata() throws IOException {
        try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json",
                GooferProperties.class.getClassLoader())
            .getInputStream()) {
            return JsonPath.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).read("$");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

}
