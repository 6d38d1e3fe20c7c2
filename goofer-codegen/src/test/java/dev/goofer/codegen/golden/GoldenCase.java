package dev.goofer.codegen.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.goofer.codegen.ClientGenerator;
import dev.goofer.codegen.GeneratedFile;
import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.GeneratorOptions;
import dev.goofer.codegen.testing.Fixtures;
import dev.goofer.metadata.SchemaMeta;

/**
 * One golden case: a schema, the package it is generated into, and its checked-in output
 * under {@code src/test/golden/<name>}, with sources under {@code java} and resources
 * under {@code resources}.
 *
 * @param name the case name
 * @param packageName the package of the generated sources
 * @param schema supplies the schema metadata
 */
record GoldenCase(String name, String packageName, Supplier<SchemaMeta> schema) {

    static final Path ROOT = Path.of("src", "test", "golden");

    static List<GoldenCase> all() {
        return List.of(new GoldenCase("blog", "com.example.blog", Fixtures::blog),
                new GoldenCase("kitchensink", "com.example.kitchensink", Fixtures::kitchenSink),
                new GoldenCase("clashes", "com.example.clashes", Fixtures::clashes));
    }

    GenerationResult generate() {
        return new ClientGenerator(GeneratorOptions.of(this.packageName)).generate(this.schema.get());
    }

    Path directory() {
        return ROOT.resolve(this.name);
    }

    /**
     * Return the generated files by their path under the case directory.
     * @param result the generation result
     * @return the files
     */
    static Map<String, String> byPath(GenerationResult result) {
        Map<String, String> files = new TreeMap<>();
        for (GeneratedFile file : result.files()) {
            String root = (file.kind() == GeneratedFile.Kind.SOURCE) ? "java/" : "resources/";
            files.put(root + file.path(), file.content());
        }
        return files;
    }

    /**
     * Read the checked-in files of the case.
     * @return the files by path under the case directory
     */
    Map<String, String> golden() {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory())) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory())) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = directory().relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return files;
    }

    /**
     * Replace the checked-in files of the case.
     * @param files the files by path under the case directory
     */
    void write(Map<String, String> files) {
        try {
            if (Files.isDirectory(directory())) {
                try (Stream<Path> paths = Files.walk(directory())) {
                    for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory().resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public String toString() {
        return this.name;
    }

}
