package dev.goofer.codegen.scale;

import dev.goofer.codegen.ClientGenerator;
import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.GeneratorOptions;
import dev.goofer.codegen.testing.SyntheticSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LargeSchemaTests {

    @Test
    void aSchemaOfThreeHundredModelsGeneratesEveryFile() {
        GenerationResult result = new ClientGenerator(GeneratorOptions.of("com.example.large"))
            .generate(SyntheticSchemas.chain(300));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.sources()).hasSize(300 * 5 + 4);
        assertThat(result.sources()).filteredOn((file) -> file.path().endsWith("/GooferSchema.java"))
            .singleElement()
            .satisfies((file) -> assertThat(file.content()).contains("Model299Fields.META"));
    }

}
