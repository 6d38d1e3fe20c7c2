package dev.goofer.schema.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.goofer.schema.SharedCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Validates the 50 real-world schemas of the shared corpus against what Prisma 6.19 says
 * of them ({@code SOURCES.tsv}): every SQL schema Prisma accepts is accepted, the two it
 * rejects are rejected with errors on the lines Prisma reports, and MongoDB schemas get
 * the single provider error. The AGPL and GPL schemas are only read here, never copied.
 */
class CorpusSchemasTest {

    @TestFactory
    Stream<DynamicTest> corpusSchemasAgreeWithPrisma() throws IOException {
        Path corpus = SharedCorpus.corpus();
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
