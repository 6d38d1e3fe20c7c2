package dev.goofer.codegen.scale;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import dev.goofer.codegen.ClientGenerator;
import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.GeneratorOptions;
import dev.goofer.codegen.testing.SyntheticSchemas;
import dev.goofer.metadata.SchemaMeta;

/**
 * Prints how long generating a large client takes, cold and warm, in wall-clock and
 * process CPU time; run by hand (tests never assert times):
 * {@code java -cp <test classpath> dev.goofer.codegen.scale.GenerationTiming 300}.
 */
public final class GenerationTiming {

    private GenerationTiming() {
    }

    public static void main(String[] args) {
        int models = (args.length > 0) ? Integer.parseInt(args[0]) : 300;
        SchemaMeta schema = SyntheticSchemas.chain(models);
        ClientGenerator generator = new ClientGenerator(GeneratorOptions.of("com.example.large"));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            GenerationResult result = generator.generate(schema);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            long bytes = result.files().stream().mapToLong((file) -> file.content().length()).sum();
            System.out.printf("run %d: %d models, %d files, %d KB in %d ms (process CPU %d ms)%n", run, models,
                    result.files().size(), bytes / 1024, millis, cpuMillis);
        }
    }

}
