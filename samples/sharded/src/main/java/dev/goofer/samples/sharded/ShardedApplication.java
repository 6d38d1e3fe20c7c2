package dev.goofer.samples.sharded;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A blog platform whose blogs are spread over the PostgreSQL shards of
 * {@code goofer.shards} in {@code application.yml}. The generated client runs on Goofer's
 * shard router: the application code is the same as on one database.
 */
@SpringBootApplication
public class ShardedApplication {

    /**
     * Start the application.
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(ShardedApplication.class, args);
    }

}
