package dev.goofer.codegen.golden;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.testing.InProcessCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares generated sources with the checked-in golden files and compiles the golden
 * files. Run with {@code -Dgoofer.regenerateGolden=true} to rewrite them.
 */
class GoldenFileTests {

    static List<GoldenCase> cases() {
        return GoldenCase.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatedSourcesMatchTheGoldenFiles(GoldenCase goldenCase) {
        GenerationResult result = goldenCase.generate();
        assertThat(result.conflicts()).isEmpty();
        Map<String, String> generated = GoldenCase.byPath(result);
        if (Boolean.getBoolean("goofer.regenerateGolden")) {
            goldenCase.write(generated);
        }
        Map<String, String> golden = goldenCase.golden();
        assertThat(generated.keySet()).as("generated files of %s", goldenCase).isEqualTo(golden.keySet());
        generated.forEach((path, content) -> assertThat(content).as(path).isEqualTo(golden.get(path)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void goldenSourcesCompileWithoutWarnings(GoldenCase goldenCase, @TempDir Path classes) {
        Map<String, String> sources = new LinkedHashMap<>();
        goldenCase.golden().forEach((path, content) -> {
            if (path.startsWith("java/")) {
                sources.put(path.substring("java/".length()), content);
            }
        });
        assertThat(sources).isNotEmpty();
        assertThat(InProcessCompiler.compile(sources, classes)).isEmpty();
    }

}
