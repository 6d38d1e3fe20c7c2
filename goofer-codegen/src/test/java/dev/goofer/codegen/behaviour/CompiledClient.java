package dev.goofer.codegen.behaviour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

import dev.goofer.client.ClientDefinition;
import dev.goofer.codegen.ClientGenerator;
import dev.goofer.codegen.GeneratedFile;
import dev.goofer.codegen.GenerationResult;
import dev.goofer.codegen.GeneratorOptions;
import dev.goofer.codegen.testing.InProcessCompiler;
import dev.goofer.metadata.SchemaMeta;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated client, written to disk, compiled in-process with extra hand-written
 * sources that use it, and loaded in its own class loader.
 */
final class CompiledClient implements AutoCloseable {

    private final URLClassLoader loader;

    private CompiledClient(URLClassLoader loader) {
        this.loader = loader;
    }

    static CompiledClient generate(SchemaMeta schema, String packageName, Path directory,
            Map<String, String> extraSources) {
        try {
            Path sources = directory.resolve("sources");
            Path classes = directory.resolve("classes");
            GenerationResult result = new ClientGenerator(GeneratorOptions.of(packageName)).generate(schema, sources,
                    classes);
            assertThat(result.conflicts()).isEmpty();
            Map<String, String> units = new LinkedHashMap<>();
            for (GeneratedFile file : result.sources()) {
                units.put(file.path(), Files.readString(sources.resolve(file.path())));
            }
            units.putAll(extraSources);
            assertThat(InProcessCompiler.compile(units, classes)).isEmpty();
            return new CompiledClient(InProcessCompiler.classLoader(classes));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @SuppressWarnings("rawtypes")
    ClientDefinition definition() {
        // The parent class loader registers goofer-core's hand-written test fixtures too.
        return ServiceLoader.load(ClientDefinition.class, this.loader)
            .stream()
            .filter((provider) -> provider.type().getClassLoader() == this.loader)
            .map(ServiceLoader.Provider::get)
            .findFirst()
            .orElseThrow();
    }

    Class<?> type(String name) {
        try {
            return Class.forName(name, true, this.loader);
        }
        catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
    }

    Object call(String className, String methodName, Object... arguments) {
        for (Method method : type(className).getMethods()) {
            if (method.getName().equals(methodName) && method.getParameterCount() == arguments.length) {
                try {
                    return method.invoke(null, arguments);
                }
                catch (InvocationTargetException ex) {
                    if (ex.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(ex.getCause());
                }
                catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        throw new IllegalArgumentException("No method " + className + "." + methodName);
    }

    @Override
    public void close() throws IOException {
        this.loader.close();
    }

}
