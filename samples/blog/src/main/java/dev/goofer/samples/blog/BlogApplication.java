package dev.goofer.samples.blog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small blog (users, posts, comments, tags) on SQLite. The Goofer client
 * ({@code dev.goofer.samples.blog.db.GooferClient}, generated from
 * {@code src/main/prisma/schema.prisma} at build time) is a bean injected into the
 * controllers; {@code goofer.schema.mode=push} creates the tables at startup.
 */
@SpringBootApplication
public class BlogApplication {

    /**
     * Start the application.
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }

}
