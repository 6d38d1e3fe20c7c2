package dev.goofer.codegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process against the test classpath (which holds
 * goofer-core) with {@code -Xlint:all}, {@code -Xdoclint:all/protected} and
 * {@code -Werror}, the way a user's build with strict settings would.
 */
public final class InProcessCompiler {

    private InProcessCompiler() {
    }

    /**
     * Compile sources into a directory.
     * @param sources the sources, by path relative to a source root
     * @param output the class output directory
     * @return the diagnostics; empty when compilation succeeded without warnings
     */
    public static List<String> compile(Map<String, String> sources, Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((path, content) -> units.add(new Source(path, content)));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(output);
            List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Xdoclint:all/protected",
                    "-Werror", "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d",
                    output.toString());
            boolean success = compiler.getTask(null, files, diagnostics, options, null, units).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                messages.add(diagnostic.getKind() + " "
                        + ((diagnostic.getSource() != null)
                                ? diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() : "")
                        + " " + diagnostic.getMessage(Locale.ROOT));
            }
            if (!success && messages.isEmpty()) {
                messages.add("compilation failed without diagnostics");
            }
            return messages;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Create a class loader over compiled classes, with the test class loader as parent.
     * @param classes the class output directory
     * @return the class loader
     */
    public static URLClassLoader classLoader(Path classes) {
        try {
            return new URLClassLoader(new URL[] { classes.toUri().toURL() }, InProcessCompiler.class.getClassLoader());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String content;

        Source(String path, String content) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.content = content;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return this.content;
        }

    }

}
