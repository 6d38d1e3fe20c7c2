package dev.goofer.schema;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared corpus ({@code ../shared/corpus} beside the checkout), which tests
 * read at run time through the {@code goofer.sharedDir} system property.
 */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    /**
     * Return the corpus folder, or skip the calling test with a clear message when it is
     * absent.
     * @return the {@code corpus} folder
     */
    public static Path corpus() {
        String shared = System.getProperty("goofer.sharedDir");
        Path corpus = (shared != null) ? Path.of(shared).resolve("corpus") : null;
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus),
                () -> "Skipping: the shared corpus is absent (system property goofer.sharedDir=" + shared
                        + " does not hold a corpus folder)");
        return corpus.normalize();
    }

}
