package dev.goofer.schema.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The permissively licensed corpus schemas copied into the test resources agree with
 * Prisma's verdicts, whether or not the shared corpus is present.
 */
class BundledCorpusTest {

    @TestFactory
    Stream<DynamicTest> bundledCorpusSchemasAgreeWithPrisma() throws IOException, URISyntaxException {
        Path corpus = Path.of(BundledCorpusTest.class.getResource("/corpus").toURI());
        List<String> rows = Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", -1);
            Path file = corpus.resolve("schemas").resolve(columns[0]);
            tests.add(DynamicTest.dynamicTest(columns[0], () -> CorpusVerdicts.check(file, columns[5], columns[14])));
        }
        return tests.stream();
    }

}
