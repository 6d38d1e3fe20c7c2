package dev.goofer.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh SQLite database files for tests, deleted when the JVM exits.
 */
final class SqliteFiles {

    private SqliteFiles() {
    }

    /** Return a {@code spring.datasource.url} property of a fresh SQLite file. */
    static String freshDataSourceUrl() {
        return "spring.datasource.url=" + freshUrl();
    }

    static String freshUrl() {
        try {
            Path file = Files.createTempFile("goofer-autoconfigure", ".db");
            file.toFile().deleteOnExit();
            return "jdbc:sqlite:" + file + "?foreign_keys=true";
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
