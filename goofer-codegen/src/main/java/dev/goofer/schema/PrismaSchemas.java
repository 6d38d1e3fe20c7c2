package dev.goofer.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.goofer.schema.ast.SchemaDocument;
import dev.goofer.schema.diagnostics.Diagnostic;
import dev.goofer.schema.diagnostics.Diagnostics;
import dev.goofer.schema.diagnostics.SchemaValidationException;
import dev.goofer.schema.diagnostics.SourceFile;
import dev.goofer.schema.diagnostics.SourceSpan;
import dev.goofer.schema.parser.ParsedFile;
import dev.goofer.schema.parser.SchemaParser;
import dev.goofer.schema.semantic.ResolvedSchema;
import dev.goofer.schema.semantic.SchemaAnalyzer;

/**
 * The entry point of the schema front end: load a {@code schema.prisma} file, or a folder
 * whose {@code .prisma} files together form one schema, into a validated
 * {@link ResolvedSchema}.
 *
 * <pre>
 * ResolvedSchema schema = PrismaSchemas.load(Path.of("prisma/schema.prisma"));
 * for (Model model : schema.models()) { ... }
 * </pre>
 */
public final class PrismaSchemas {

    private PrismaSchemas() {
    }

    /**
     * Load and validate a schema file, or every {@code .prisma} file under a folder (in
     * path order) as one schema. Diagnostics name each file by its path as reached from
     * {@code fileOrDirectory}.
     * @param fileOrDirectory a {@code .prisma} file or a folder of them
     * @return the validated schema, with its warnings
     * @throws SchemaValidationException with every diagnostic, if the schema is invalid
     * @throws UncheckedIOException if the files cannot be read
     */
    public static ResolvedSchema load(Path fileOrDirectory) {
        return load(read(fileOrDirectory));
    }

    /**
     * Validate schema text held in memory as a single file named {@code schema.prisma}.
     * @param content the schema text
     * @return the validated schema
     * @throws SchemaValidationException if the schema is invalid
     */
    public static ResolvedSchema load(String content) {
        return load(List.of(new SourceFile("schema.prisma", content)));
    }

    /**
     * Validate schema files that together form one schema.
     * @param sources the files
     * @return the validated schema, with its warnings
     * @throws SchemaValidationException with every diagnostic, if the schema is invalid
     */
    public static ResolvedSchema load(List<SourceFile> sources) {
        SchemaAnalyzer.Result result = analyze(sources);
        ResolvedSchema schema = result.schema();
        if (schema == null) {
            throw new SchemaValidationException(result.diagnostics(), sources);
        }
        return schema;
    }

    /**
     * Validate schema files without throwing: the result holds the schema when it is
     * valid and every diagnostic either way.
     * @param sources the files
     * @return the analysis result
     */
    public static SchemaAnalyzer.Result analyze(List<SourceFile> sources) {
        ParsedSchema parsed = parse(sources);
        return SchemaAnalyzer.analyze(parsed.documents(), parsed.diagnostics());
    }

    /**
     * Parse schema files without validating them, for tooling.
     * @param sources the files
     * @return the syntax trees and syntax errors
     */
    public static ParsedSchema parse(List<SourceFile> sources) {
        List<SchemaDocument> documents = new ArrayList<>();
        Diagnostics diagnostics = new Diagnostics();
        for (SourceFile source : sources) {
            ParsedFile file = SchemaParser.parse(source);
            documents.add(file.document());
            diagnostics.addAll(file.diagnostics());
        }
        return new ParsedSchema(sources, documents, diagnostics.toList());
    }

    /**
     * Read a schema file, or every {@code .prisma} file under a folder in path order.
     * @param fileOrDirectory a file or folder
     * @return the source files
     * @throws SchemaValidationException if a folder holds no {@code .prisma} file
     * @throws UncheckedIOException if the files cannot be read
     */
    public static List<SourceFile> read(Path fileOrDirectory) {
        try {
            if (!Files.isDirectory(fileOrDirectory)) {
                return List.of(new SourceFile(fileOrDirectory.toString(),
                        Files.readString(fileOrDirectory, StandardCharsets.UTF_8)));
            }
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(fileOrDirectory)) {
                paths = walk.filter(Files::isRegularFile)
                    .filter((path) -> path.getFileName().toString().endsWith(".prisma"))
                    .sorted()
                    .toList();
            }
            if (paths.isEmpty()) {
                SourceSpan span = new SourceSpan(fileOrDirectory.toString(), 0, 0, 1, 1);
                throw new SchemaValidationException(
                        List.of(Diagnostic.error("The folder contains no .prisma schema file.", span)));
            }
            List<SourceFile> sources = new ArrayList<>();
            for (Path path : paths) {
                sources.add(new SourceFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
            return sources;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read schema " + fileOrDirectory + ": " + ex.getMessage(), ex);
        }
    }

}
