package dev.goofer.ddl;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Flyway file naming: {@code V<version>__<description>.sql}, versions made of numbers
 * separated by dots or underscores.
 */
final class FlywayMigrations {

    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__.*\\.sql$");

    private FlywayMigrations() {
    }

    static Map<String, Path> versions(Path directory) throws IOException {
        Map<String, Path> versions = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach((file) -> {
                Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    versions.put(matcher.group(1).replace('_', '.'), file);
                }
            });
        }
        return versions;
    }

    static String nextVersion(Path directory) throws IOException {
        BigInteger highest = BigInteger.ZERO;
        for (String version : versions(directory).keySet()) {
            BigInteger major = new BigInteger(version.split("\\.")[0]);
            if (major.compareTo(highest) > 0) {
                highest = major;
            }
        }
        return highest.add(BigInteger.ONE).toString();
    }

    static String fileName(String version, String name) {
        if (!version.matches("\\d+(?:[._]\\d+)*")) {
            throw new IllegalArgumentException(
                    "Flyway versions are numbers separated by dots, not \"" + version + "\"");
        }
        String description = name.trim().replaceAll("[\\s]+", "_").replaceAll("[^A-Za-z0-9_\\-]", "");
        if (description.isEmpty()) {
            throw new IllegalArgumentException("The migration name must contain letters or digits");
        }
        return "V" + version.replace('.', '_') + "__" + description + ".sql";
    }

}
