package dev.goofer.samples.sharded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.goofer.sharding.ShardKey;
import dev.goofer.sharding.ShardingStrategy;
import dev.goofer.testsupport.DatabaseKind;
import dev.goofer.testsupport.TestDatabase;
import dev.goofer.testsupport.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sharded sample over three fresh PostgreSQL databases, driven over HTTP: rows land
 * on the shard the hash strategy names (checked with SQL on each database), lists fan out
 * and merge, countries go to every shard, and the actuator shows the shards.
 */
@ExtendWith(ShardedApplicationTests.DropShards.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ShardedApplicationTests {

    private static final List<String> SHARDS = List.of("shard-1", "shard-2", "shard-3");

    private static final List<TestDatabase> databases = new ArrayList<>();

    private static String adminUrl = "";

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void shards(DynamicPropertyRegistry registry) {
        TestDatabases.Availability availability = TestDatabases.availability(DatabaseKind.POSTGRESQL);
        if (!availability.available()) {
            if (TestDatabases.required()) {
                throw new IllegalStateException(availability.reason());
            }
            Assumptions.abort(availability.reason());
        }
        adminUrl = availability.adminUrl();
        for (int i = 0; i < SHARDS.size(); i++) {
            TestDatabase database = TestDatabases.create(DatabaseKind.POSTGRESQL, adminUrl, "sample_shard" + i);
            databases.add(database);
            registry.add("goofer.shards." + SHARDS.get(i) + ".url", database::jdbcUrl);
        }
    }

    /**
     * Drops the shard databases once the application context is closed: registered before
     * the Spring extension, so its callback runs after the context closes.
     */
    static class DropShards implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext extension) {
            databases.forEach((database) -> TestDatabases.drop(database, adminUrl));
            databases.clear();
        }

    }

    private Http http() {
        return new Http(this.port);
    }

    @Test
    void blogsAndTheirPostsLandOnTheShardTheHashStrategyNames() {
        Http http = http();
        for (int id = 101; id <= 106; id++) {
            assertThat(http.post("/api/blogs", "{\"id\":" + id + ",\"name\":\"Blog " + id + "\"}").status())
                .isEqualTo(201);
            assertThat(http.post("/api/blogs/" + id + "/posts", "{\"title\":\"Post of " + id + "\"}").status())
                .isEqualTo(201);
        }
        for (int id = 101; id <= 106; id++) {
            int expected = SHARDS
                .indexOf(ShardingStrategy.hash().shardFor(new ShardKey("Blog", List.of("id"), List.of(id)), SHARDS));
            for (int shard = 0; shard < SHARDS.size(); shard++) {
                Integer blogs = databases.get(shard)
                    .jdbc()
                    .queryForObject("SELECT count(*) FROM \"Blog\" WHERE id = ?", Integer.class, id);
                Integer posts = databases.get(shard)
                    .jdbc()
                    .queryForObject("SELECT count(*) FROM \"Post\" WHERE \"blogId\" = ?", Integer.class, id);
                assertThat(blogs).as("blog %s on %s", id, SHARDS.get(shard)).isEqualTo((shard == expected) ? 1 : 0);
                assertThat(posts).as("posts of blog %s on %s", id, SHARDS.get(shard))
                    .isEqualTo((shard == expected) ? 1 : 0);
            }
        }
        Http.Response blog = http.get("/api/blogs/103");
        assertThat(blog.<List<String>>read("$.posts[*].title")).containsExactly("Post of 103");
        Integer audits = databases.get(0).jdbc().queryForObject("SELECT count(*) FROM \"AuditEntry\"", Integer.class);
        assertThat(audits).isGreaterThanOrEqualTo(6);
        assertThat(databases.get(1).jdbc().queryForObject("SELECT count(*) FROM \"AuditEntry\"", Integer.class))
            .isZero();
    }

    @Test
    void listsWithoutABlogFanOutAndMergeInOrder() {
        Http http = http();
        for (int id = 201; id <= 209; id++) {
            http.post("/api/blogs", "{\"id\":" + id + ",\"name\":\"Blog " + id + "\"}");
            http.post("/api/blogs/" + id + "/posts", "{\"title\":\"P" + id + "\",\"published\":true}");
        }
        List<Integer> ids = http.get("/api/blogs").read("$[*].id");
        assertThat(ids).contains(201, 205, 209).isSortedAccordingTo(Comparator.naturalOrder());
        List<Map<String, Object>> posts = http.get("/api/posts?take=5").read("$");
        assertThat(posts).hasSize(5);
        List<String> createdAt = posts.stream().map((post) -> (String) post.get("createdAt")).toList();
        assertThat(createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        Http.Response stats = http.get("/api/stats");
        assertThat(stats.<Integer>read("$.blogs")).isGreaterThanOrEqualTo(9);
        assertThat(stats.<Integer>read("$.publishedPosts")).isGreaterThanOrEqualTo(9);
    }

    @Test
    void countriesAreWrittenToEveryShard() {
        Http http = http();
        assertThat(http.post("/api/countries", "{\"code\":\"NL\",\"name\":\"Netherlands\"}").status()).isEqualTo(201);
        for (TestDatabase database : databases) {
            assertThat(database.jdbc().queryForObject("SELECT name FROM \"Country\" WHERE code = 'NL'", String.class))
                .isEqualTo("Netherlands");
        }
        http.post("/api/blogs", "{\"id\":301,\"name\":\"Dutch\",\"countryCode\":\"NL\"}");
        assertThat(http.get("/api/blogs/301").<String>read("$.country.name")).isEqualTo("Netherlands");
        assertThat(http.get("/api/countries").<List<String>>read("$[*].code")).contains("NL");
    }

    @Test
    void importRunsInOneTransactionOnTheBlogsShard() {
        Http http = http();
        http.post("/api/blogs", "{\"id\":401,\"name\":\"Importer\"}");
        assertThat(http.post("/api/blogs/401/import", "[{\"title\":\"One\"},{\"title\":\"Two\"}]").status())
            .isEqualTo(201);
        assertThat(http.post("/api/blogs/401/import", "[{\"title\":\"Three\"},{\"title\":\" \"}]").status())
            .isEqualTo(400);
        assertThat(http.get("/api/blogs/401").<List<String>>read("$.posts[*].title")).containsExactlyInAnyOrder("One",
                "Two");
    }

    @Test
    void actuatorShowsShardHealthTheShardsAndPoolMetricsPerShard() {
        Http http = http();
        Http.Response health = http.get("/actuator/health");
        assertThat(health.<String>read("$.status")).isEqualTo("UP");
        for (String shard : SHARDS) {
            assertThat(health.<String>read("$.components.goofer.components." + shard + ".status")).isEqualTo("UP");
            assertThat(health.<String>read("$.components.goofer.components." + shard + ".details.primary.status"))
                .isEqualTo("UP");
        }
        Http.Response goofer = http.get("/actuator/goofer");
        assertThat(goofer.<List<String>>read("$.sharding.shards[*].name")).containsExactlyElementsOf(SHARDS);
        assertThat(goofer.<String>read("$.sharding.defaultShard")).isEqualTo("shard-1");
        assertThat(goofer.<List<String>>read("$.sharding.models[?(@.model=='Country')].placement"))
            .containsExactly("broadcast");
        assertThat(goofer.<List<List<String>>>read("$.sharding.models[?(@.model=='Post')].shardKey"))
            .containsExactly(List.of("blogId"));
        http.get("/api/blogs");
        Http.Response pool = http.get("/actuator/metrics/hikaricp.connections?tag=pool:shard-2");
        assertThat(pool.status()).isEqualTo(200);
        Http.Response queries = http.get("/actuator/metrics/goofer.query?tag=model:Blog&tag=operation:find_many");
        assertThat(queries.<List<List<String>>>read("$.availableTags[?(@.tag=='shard')].values").get(0)).contains("*");
    }

}
