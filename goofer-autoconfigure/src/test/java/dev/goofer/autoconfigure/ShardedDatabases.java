package dev.goofer.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Assumptions;

/**
 * Three fresh PostgreSQL databases to use as shards {@code s0}, {@code s1}, {@code s2}.
 */
final class ShardedDatabases {

    private final String adminUrl;

    private final List<TestDatabase> databases = new ArrayList<>();

    private ShardedDatabases(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /**
     * Create the databases, or skip (fail, when databases are required) without a server.
     */
    static ShardedDatabases create(String owner) {
        TestDatabases.Availability availability = TestDatabases.availability(DatabaseKind.POSTGRESQL);
        if (!availability.available()) {
            if (TestDatabases.required()) {
                throw new IllegalStateException(availability.reason());
            }
            Assumptions.abort(availability.reason());
        }
        ShardedDatabases shards = new ShardedDatabases(availability.adminUrl());
        for (int i = 0; i < 3; i++) {
            shards.databases.add(TestDatabases.create(DatabaseKind.POSTGRESQL, availability.adminUrl(), owner + i));
        }
        return shards;
    }

    TestDatabase shard(int index) {
        return this.databases.get(index);
    }

    /** The goofer.shards properties of the three databases, with small pools. */
    String[] properties() {
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < this.databases.size(); i++) {
            properties.add("goofer.shards.s" + i + ".url=" + this.databases.get(i).jdbcUrl());
            properties.add("goofer.shards.s" + i + ".pool.maximum-pool-size=3");
        }
        return properties.toArray(new String[0]);
    }

    void drop() {
        this.databases.forEach((database) -> TestDatabases.drop(database, this.adminUrl));
    }

}
