package dev.goofer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Schemas the command tests write to temporary folders.
 */
final class SchemaFiles {

    static final String BLOG_MODELS = """
            model User {
              id    Int     @id @default(autoincrement())
              email String  @unique
              name  String?
              posts Post[]
            }

            model Post {
              id       Int    @id @default(autoincrement())
              title    String
              authorId Int
              author   User   @relation(fields: [authorId], references: [id])

              @@index([authorId])
            }
            """;

    /** The blog models without {@code User.name}. */
    static final String BLOG_MODELS_WITHOUT_NAME = BLOG_MODELS.replace("  name  String?\n", "");

    private SchemaFiles() {
    }

    static String schema(String provider, String models) {
        return "datasource db {\n  provider = \"" + provider + "\"\n}\n\n" + models;
    }

    static Path write(Path folder, String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
