package dev.goofer.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.goofer.codegen.naming.JavaIdentifiers;

/**
 * The schema {@code init} writes to start a project: a Goofer generator block with the
 * package, a datasource for the chosen database and a small user and post model pair
 * related one-to-many, ready to generate a client from.
 */
public final class StarterSchema {

    /** The databases a starter schema can be written for. */
    public static final List<String> PROVIDERS = List.of("sqlite", "postgresql", "mysql");

    /** The file name of the starter schema. */
    public static final String FILE_NAME = "schema.prisma";

    private StarterSchema() {
    }

    /**
     * Return the starter schema text.
     * @param provider {@code sqlite}, {@code postgresql} or {@code mysql}
     * @param packageName the package of the generated client
     * @return the schema text
     * @throws IllegalArgumentException if the provider is not one of those, or the
     * package is not a Java package name
     */
    public static String content(String provider, String packageName) {
        String database = provider(provider);
        if (!JavaIdentifiers.isPackageName(packageName)) {
            throw new IllegalArgumentException("\"" + packageName + "\" is not a Java package name");
        }
        return """
                // The Goofer schema of this application, in the Prisma schema language
                // (https://www.prisma.io/docs/orm/prisma-schema). The build generates a typed
                // Java client from it; the database connection comes from Spring Boot's
                // spring.datasource.* properties.

                generator client {
                  provider = "goofer"
                  package  = "%s"
                }

                datasource db {
                  provider = "%s"
                }

                /// A registered user.
                model User {
                  id        Int      @id @default(autoincrement())
                  email     String   @unique
                  name      String?
                  posts     Post[]
                  createdAt DateTime @default(now())
                }

                /// A post, written by a user.
                model Post {
                  id        Int     @id @default(autoincrement())
                  title     String
                  content   String?
                  published Boolean @default(false)
                  author    User    @relation(fields: [authorId], references: [id], onDelete: Cascade)
                  authorId  Int

                  @@index([authorId])
                }
                """.formatted(packageName, database);
    }

    /**
     * Write the starter schema to a file, creating its folder if needed, and never
     * overwriting an existing file.
     * @param file the schema file, such as {@code src/main/prisma/schema.prisma}
     * @param provider {@code sqlite}, {@code postgresql} or {@code mysql}
     * @param packageName the package of the generated client
     * @throws FileAlreadyExistsException if the file exists
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the provider or package is invalid
     */
    public static void write(Path file, String provider, String packageName) throws IOException {
        Objects.requireNonNull(file, "file");
        String content = content(provider, packageName);
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "a schema already exists; Goofer does not overwrite it");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private static String provider(String provider) {
        String normalized = provider.toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(normalized)) {
            throw new IllegalArgumentException(
                    "Unknown provider \"" + provider + "\": use one of " + String.join(", ", PROVIDERS) + ".");
        }
        return normalized;
    }

}
