package dev.goofer.codegen;

import java.util.Objects;

import dev.goofer.codegen.naming.DefaultNamingStrategy;
import dev.goofer.codegen.naming.JavaIdentifiers;
import dev.goofer.codegen.naming.NamingStrategy;

/**
 * What to generate: the target package, the client's class name, the schema file named in
 * every header, and the naming strategy.
 *
 * @param packageName the package of the generated sources, for example
 * {@code com.example.db}
 * @param clientClassName the simple name of the client, {@code GooferClient} by default
 * @param sourceFileName the schema file name written in each file's header,
 * {@code schema.prisma} by default
 * @param namingStrategy the naming strategy, {@link DefaultNamingStrategy} by default
 */
public record GeneratorOptions(String packageName, String clientClassName, String sourceFileName,
        NamingStrategy namingStrategy) {

    /** The default client class name. */
    public static final String DEFAULT_CLIENT_CLASS_NAME = "GooferClient";

    /** The default schema file name. */
    public static final String DEFAULT_SOURCE_FILE_NAME = "schema.prisma";

    public GeneratorOptions {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(clientClassName, "clientClassName");
        Objects.requireNonNull(sourceFileName, "sourceFileName");
        Objects.requireNonNull(namingStrategy, "namingStrategy");
        if (!JavaIdentifiers.isPackageName(packageName)) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a Java package name");
        }
        if (!JavaIdentifiers.isTypeName(clientClassName)) {
            throw new IllegalArgumentException("\"" + clientClassName + "\" cannot name the generated client");
        }
        if (sourceFileName.isBlank() || sourceFileName.contains("\n") || sourceFileName.contains("\r")) {
            throw new IllegalArgumentException("\"" + sourceFileName + "\" is not a file name");
        }
    }

    /**
     * Return the default options for a package.
     * @param packageName the package of the generated sources
     * @return the options
     */
    public static GeneratorOptions of(String packageName) {
        return new GeneratorOptions(packageName, DEFAULT_CLIENT_CLASS_NAME, DEFAULT_SOURCE_FILE_NAME,
                DefaultNamingStrategy.INSTANCE);
    }

    /**
     * Return these options with another client class name.
     * @param clientClassName the simple name of the client
     * @return the options
     */
    public GeneratorOptions withClientClassName(String clientClassName) {
        return new GeneratorOptions(this.packageName, clientClassName, this.sourceFileName, this.namingStrategy);
    }

    /**
     * Return these options with another schema file name for the headers.
     * @param sourceFileName the file name, for example {@code schema.prisma}
     * @return the options
     */
    public GeneratorOptions withSourceFileName(String sourceFileName) {
        return new GeneratorOptions(this.packageName, this.clientClassName, sourceFileName, this.namingStrategy);
    }

    /**
     * Return these options with another naming strategy.
     * @param namingStrategy the naming strategy
     * @return the options
     */
    public GeneratorOptions withNamingStrategy(NamingStrategy namingStrategy) {
        return new GeneratorOptions(this.packageName, this.clientClassName, this.sourceFileName, namingStrategy);
    }

}
