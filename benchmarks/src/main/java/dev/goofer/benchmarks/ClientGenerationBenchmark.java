package dev.goofer.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.goofer.codegen.ClientGeneration;
import dev.goofer.codegen.GeneratedClient;
import dev.goofer.maven.GenerateMojo;
import dev.goofer.schema.diagnostics.SourceFile;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating the client of the largest corpus schema (civitai: 302 models, 121 enums): in
 * memory through the facade (load, validate, convert, generate), and through the
 * {@code goofer:generate} goal writing every file to an empty folder, as a clean build
 * does; beside the goal finding its output up to date, as an unchanged rebuild does.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ClientGenerationBenchmark -wi 3 -i 5 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClientGenerationBenchmark {

    private List<SourceFile> civitai = List.of();

    private Path folder = Path.of(".");

    private GenerateMojo cleanBuild = new GenerateMojo();

    private GenerateMojo rebuild = new GenerateMojo();

    /**
     * Read the schema once and write it to a temporary project.
     * @throws Exception if the resource cannot be read or the project written
     */
    @Setup
    public void createProject() throws Exception {
        String content;
        try (InputStream in = ClientGenerationBenchmark.class.getResourceAsStream("civitai.prisma")) {
            if (in == null) {
                throw new IOException("civitai.prisma is missing from the benchmark resources");
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        this.civitai = List.of(new SourceFile("civitai.prisma", content));
        this.folder = Files.createTempDirectory("goofer-generate-benchmark");
        Path schema = this.folder.resolve("src/main/prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, content, StandardCharsets.UTF_8);
        this.cleanBuild = mojo(schema, this.folder.resolve("clean"));
        this.rebuild = mojo(schema, this.folder.resolve("rebuild"));
        this.rebuild.execute();
    }

    /**
     * Empty the clean build's target folder before each run of the goal.
     * @throws IOException if it cannot be deleted
     */
    @Setup(Level.Invocation)
    public void cleanTarget() throws IOException {
        delete(this.folder.resolve("clean"));
    }

    /**
     * Delete the temporary project.
     * @throws IOException if it cannot be deleted
     */
    @TearDown
    public void deleteProject() throws IOException {
        delete(this.folder);
    }

    /**
     * Load, validate, convert and generate the client in memory.
     * @return the generated client
     */
    @Benchmark
    public GeneratedClient generateInMemory() {
        return ClientGeneration.create()
            .withPackageName("com.example.civitai")
            .generate(this.civitai, "civitai.prisma");
    }

    /**
     * Run {@code goofer:generate} into an empty target folder: read the schema, generate
     * and write every file and the stamp.
     * @return the goal
     * @throws Exception if the goal fails
     */
    @Benchmark
    public GenerateMojo generateGoalCleanBuild() throws Exception {
        this.cleanBuild.execute();
        return this.cleanBuild;
    }

    /**
     * Run {@code goofer:generate} over an unchanged schema: read it, fingerprint it and
     * find the output up to date.
     * @return the goal
     * @throws Exception if the goal fails
     */
    @Benchmark
    public GenerateMojo generateGoalUpToDate() throws Exception {
        this.rebuild.execute();
        return this.rebuild;
    }

    private static GenerateMojo mojo(Path schema, Path target) throws ReflectiveOperationException {
        GenerateMojo mojo = new GenerateMojo();
        mojo.setLog(new WarningsOnlyLog());
        set(mojo, "schema", schema.toFile());
        set(mojo, "buildDirectory", target.toFile());
        set(mojo, "outputDirectory", target.resolve("generated-sources/goofer").toFile());
        set(mojo, "resourceOutputDirectory", target.resolve("generated-resources/goofer").toFile());
        set(mojo, "packageName", "com.example.civitai");
        return mojo;
    }

    /**
     * Set a goal parameter as Maven does, by field.
     */
    private static void set(GenerateMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Class<?> type = mojo.getClass();
        while (type != null) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            }
            catch (NoSuchFieldException ex) {
                type = type.getSuperclass();
            }
        }
        throw new NoSuchFieldException(name);
    }

    /**
     * A Maven log that keeps the goal's one info line per run out of the JMH output.
     */
    private static final class WarningsOnlyLog extends SystemStreamLog {

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(CharSequence content) {
        }

        @Override
        public void info(CharSequence content, Throwable error) {
        }

        @Override
        public void info(Throwable error) {
        }

    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
