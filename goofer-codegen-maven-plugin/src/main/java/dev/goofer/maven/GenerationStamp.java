package dev.goofer.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import dev.goofer.codegen.ClientGeneration;
import dev.goofer.schema.diagnostics.SourceFile;
import org.jspecify.annotations.Nullable;

/**
 * What the last {@code goofer:generate} run read and wrote, kept in a file under
 * {@code target/maven-status}: a fingerprint of its inputs (the schema files, the goal's
 * settings, the plugin and generator builds) and the files it wrote. A run whose
 * fingerprint matches and whose files all exist has nothing to do; a run that generates
 * deletes the files of the last run it no longer writes.
 *
 * @param fingerprint the SHA-256 of the inputs, in hex
 * @param roots the output roots, absolute
 * @param files the files written, absolute, in generation order
 */
record GenerationStamp(String fingerprint, List<Path> roots, List<Path> files) {

    private static final String FINGERPRINT = "fingerprint ";

    private static final String ROOT = "root ";

    private static final String FILE = "file ";

    GenerationStamp {
        roots = List.copyOf(roots);
        files = List.copyOf(files);
    }

    /**
     * Compute the fingerprint of one run's inputs.
     * @param sources the schema files
     * @param settings the goal's settings, one per line, in a fixed order
     * @return the fingerprint
     */
    static String fingerprint(List<SourceFile> sources, List<String> settings) {
        MessageDigest digest = sha256();
        List<String> parts = new ArrayList<>(settings);
        parts.add(build(GenerationStamp.class));
        parts.add(build(ClientGeneration.class));
        for (String part : parts) {
            update(digest, part);
        }
        for (SourceFile source : sources) {
            update(digest, source.name());
            update(digest, source.content());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Read the stamp of the last run.
     * @param file the stamp file
     * @return the stamp, or {@code null} if there is none or it cannot be read
     */
    static @Nullable GenerationStamp read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String fingerprint = null;
            List<Path> roots = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(FINGERPRINT)) {
                    fingerprint = line.substring(FINGERPRINT.length());
                }
                else if (line.startsWith(ROOT)) {
                    roots.add(Path.of(line.substring(ROOT.length())));
                }
                else if (line.startsWith(FILE)) {
                    files.add(Path.of(line.substring(FILE.length())));
                }
            }
            return (fingerprint != null) ? new GenerationStamp(fingerprint, roots, files) : null;
        }
        catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /**
     * Whether this stamp records a run with the given fingerprint whose files all still
     * exist.
     * @param fingerprint the fingerprint of this run
     * @return whether the output is up to date
     */
    boolean upToDate(String fingerprint) {
        return this.fingerprint.equals(fingerprint) && this.files.stream().allMatch(Files::isRegularFile);
    }

    /**
     * Write the stamp, replacing the last one atomically where the file system allows.
     * @param file the stamp file
     * @throws IOException if it cannot be written
     */
    void write(Path file) throws IOException {
        StringBuilder content = new StringBuilder("# goofer:generate: the inputs and outputs of the last run\n");
        content.append(FINGERPRINT).append(this.fingerprint).append('\n');
        for (Path root : this.roots) {
            content.append(ROOT).append(root).append('\n');
        }
        for (Path path : this.files) {
            content.append(FILE).append(path).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Delete the files this stamp records that a new run no longer writes, and the
     * folders that leaves empty, up to (not including) this run's and the new run's
     * output roots.
     * @param written the files the new run wrote
     * @param newRoots the new run's output roots
     * @return the deleted files
     * @throws IOException if a file cannot be deleted
     */
    List<Path> deleteStale(List<Path> written, List<Path> newRoots) throws IOException {
        List<Path> roots = new ArrayList<>(this.roots);
        roots.addAll(newRoots);
        List<Path> deleted = new ArrayList<>();
        for (Path file : this.files) {
            if (!written.contains(file) && Files.deleteIfExists(file)) {
                deleted.add(file);
                deleteEmptyParents(file.getParent(), roots);
            }
        }
        return deleted;
    }

    private static void deleteEmptyParents(@Nullable Path folder, List<Path> roots) throws IOException {
        Path current = folder;
        while (current != null && !roots.contains(current) && roots.stream().anyMatch(current::startsWith)) {
            try (Stream<Path> children = Files.list(current)) {
                if (children.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    /**
     * Identify the build of the jar (or class folder) a class comes from, so that a
     * rebuilt snapshot of the plugin or generator invalidates the stamp.
     */
    private static String build(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return type.getName();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            Path file = Files.isDirectory(location) ? location.resolve(type.getName().replace('.', '/') + ".class")
                    : location;
            return type.getName() + " " + location + " " + Files.size(file) + " "
                    + Files.getLastModifiedTime(file).toMillis();
        }
        catch (IOException | URISyntaxException | RuntimeException ex) {
            return type.getName() + " " + source.getLocation();
        }
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
