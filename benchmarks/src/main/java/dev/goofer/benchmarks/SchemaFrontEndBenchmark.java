package dev.goofer.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.goofer.schema.ParsedSchema;
import dev.goofer.schema.PrismaSchemas;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.semantic.ResolvedSchema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The schema front end on the largest corpus schema (civitai: 302 models, 121 enums,
 * about 7,600 lines): parse and validate, beside parsing alone as the baseline.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SchemaFrontEndBenchmark -wi 3 -i 5 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaFrontEndBenchmark {

    private List<SourceFile> civitai = List.of();

    /**
     * Read the schema once.
     * @throws IOException if the resource cannot be read
     */
    @Setup
    public void readSchema() throws IOException {
        try (InputStream in = SchemaFrontEndBenchmark.class.getResourceAsStream("civitai.prisma")) {
            if (in == null) {
                throw new IOException("civitai.prisma is missing from the benchmark resources");
            }
            this.civitai = List
                .of(new SourceFile("civitai.prisma", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }

    /**
     * Parse and validate the schema into the resolved model.
     * @return the resolved schema
     */
    @Benchmark
    public ResolvedSchema parseAndValidate() {
        return PrismaSchemas.load(this.civitai);
    }

    /**
     * Baseline: parse the schema into its syntax tree without validating it.
     * @return the parsed schema
     */
    @Benchmark
    public ParsedSchema parseOnly() {
        return PrismaSchemas.parse(this.civitai);
    }

}
