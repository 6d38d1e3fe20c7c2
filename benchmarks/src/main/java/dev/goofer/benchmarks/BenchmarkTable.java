package dev.goofer.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.goofer.benchmarks.workload.Contenders;
import dev.goofer.benchmarks.workload.WorkloadBenchmark;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the workload benchmarks with short settings and prints one Markdown table per
 * database: a row per workload, a column per contender, each cell the average time with
 * the standard deviation of the measurement iterations and the ratio to hand-written
 * JDBC.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.goofer.benchmarks.BenchmarkTable \
 *     [--databases postgresql,sqlite] [--contenders jdbc,goofer,...] [--workloads findUnique,...] \
 *     [--warmup 2] [--iterations 3] [--seconds 2] [--forks 1] [--out table.md] [--verbose]
 * </pre>
 *
 * The PostgreSQL URL is {@code -Dgoofer.bench.postgres.url=...} (or the environment, see
 * {@code Database}); system properties reach the forked JVMs.
 */
public final class BenchmarkTable {

    /** The workloads, in the order of the table. */
    static final List<String> WORKLOADS = List.of("findUnique", "findMany", "findManyInclude", "nestedCreate",
            "createMany", "updateMany", "groupBy", "cachedRead");

    private BenchmarkTable() {
    }

    /**
     * Run the benchmarks and print the tables.
     * @param args the options above
     * @throws RunnerException if JMH fails
     * @throws IOException if the table cannot be written
     */
    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> options = options(args);
        List<String> databases = list(options.getOrDefault("databases", "postgresql,sqlite"));
        List<String> contenders = list(options.getOrDefault("contenders", String.join(",", Contenders.NAMES)));
        List<String> workloads = list(options.getOrDefault("workloads", String.join(",", WORKLOADS)));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "2"));
        ChainedOptionsBuilder builder = new OptionsBuilder()
            .include(WorkloadBenchmark.class.getName() + "\\.(" + String.join("|", workloads) + ")$")
            .param("database", databases.toArray(String[]::new))
            .param("contender", contenders.toArray(String[]::new))
            .forks(Integer.parseInt(options.getOrDefault("forks", "1")))
            .warmupIterations(Integer.parseInt(options.getOrDefault("warmup", "2")))
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(Integer.parseInt(options.getOrDefault("iterations", "3")))
            .measurementTime(TimeValue.seconds(seconds))
            .jvmArgsAppend("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true")
            .shouldFailOnError(false)
            .verbosity(options.containsKey("verbose") ? VerboseMode.NORMAL : VerboseMode.SILENT);
        long start = System.nanoTime();
        Collection<RunResult> results = new Runner(builder.build()).run();
        long minutes = Math.round((System.nanoTime() - start) / 60e9);
        String settings = String.format(Locale.ROOT,
                "JMH average time ± standard deviation of the iterations, %s fork(s), %s warmup and %s measurement "
                        + "iterations of %d s, %d minute(s) in all",
                options.getOrDefault("forks", "1"), options.getOrDefault("warmup", "2"),
                options.getOrDefault("iterations", "3"), seconds, minutes);
        StringBuilder out = new StringBuilder();
        for (String database : databases) {
            out.append(table(database, workloads, contenders, results)).append('\n');
        }
        out.append(settings).append('\n');
        System.out.print(out);
        String file = options.get("out");
        if (file != null) {
            Files.writeString(Path.of(file), out, StandardCharsets.UTF_8);
        }
    }

    static String table(String database, List<String> workloads, List<String> contenders,
            Collection<RunResult> results) {
        StringBuilder table = new StringBuilder();
        table.append("#### ").append(database).append("\n\n| workload |");
        contenders.forEach((contender) -> table.append(' ').append(contender).append(" |"));
        table.append("\n| --- |");
        contenders.forEach((contender) -> table.append(" ---: |"));
        table.append('\n');
        for (String workload : workloads) {
            @Nullable Result<?> floor = find(results, database, workload, "jdbc");
            table.append("| ").append(workload).append(" |");
            for (String contender : contenders) {
                @Nullable Result<?> result = find(results, database, workload, contender);
                table.append(' ').append(cell(result, floor)).append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static String cell(@Nullable Result<?> result, @Nullable Result<?> floor) {
        if (result == null) {
            return "failed";
        }
        String cell = time(result.getScore()) + " ± " + time(result.getStatistics().getStandardDeviation());
        if (floor != null && floor.getScore() > 0) {
            cell += String.format(Locale.ROOT, " (%.2fx)", result.getScore() / floor.getScore());
        }
        return cell;
    }

    /**
     * Format microseconds with three significant digits in the unit that suits them.
     * @param micros the time in microseconds
     * @return the formatted time
     */
    static String time(double micros) {
        if (Double.isNaN(micros)) {
            return "?";
        }
        if (micros >= 1000) {
            return significant(micros / 1000) + " ms";
        }
        return significant(micros) + " µs";
    }

    private static String significant(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static @Nullable Result<?> find(Collection<RunResult> results, String database, String workload,
            String contender) {
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            if (benchmark.endsWith("." + workload) && database.equals(run.getParams().getParam("database"))
                    && contender.equals(run.getParams().getParam("contender"))) {
                Result<?> result = run.getPrimaryResult();
                if (!"us/op".equals(result.getScoreUnit())) {
                    throw new IllegalStateException("Expected us/op, got " + result.getScoreUnit());
                }
                return result;
            }
        }
        return null;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("verbose")) {
                options.put(name, "true");
            }
            else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            }
            else {
                throw new IllegalArgumentException("Missing value of --" + name);
            }
        }
        return options;
    }

    private static List<String> list(String value) {
        return new ArrayList<>(Arrays.asList(value.split(",")));
    }

}
