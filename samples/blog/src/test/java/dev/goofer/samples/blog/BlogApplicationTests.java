package dev.goofer.samples.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog sample on a random port, driven over HTTP: the REST API, a transaction, the
 * query cache, and the slow queries and metrics in the actuator. Every query counts as
 * slow here (threshold 0 ms), so the profiler's log is easy to observe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "goofer.profiler.slow-query-threshold=0ms", "goofer.profiler.slow-query-capacity=500" })
class BlogApplicationTests {

    @LocalServerPort
    private int port;

    @Autowired
    private dev.goofer.samples.blog.db.GooferClient db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("goofer-sample-blog", ".db");
        file.toFile().deleteOnExit();
        registry.add("blog.database", file::toString);
    }

    private Http http() {
        return new Http(this.port);
    }

    @Test
    void usersAndPostsAreCreatedListedReadUpdatedAndDeleted() {
        Http http = http();
        Http.Response ada = http.post("/api/users", "{\"email\":\"ada@example.com\",\"name\":\"Ada\"}");
        assertThat(ada.status()).isEqualTo(201);
        int adaId = ada.read("$.id");
        Http.Response post = http.post("/api/posts",
                "{\"authorId\":" + adaId
                        + ",\"title\":\"Engines\",\"content\":\"On the analytical engine\",\"published\":true,"
                        + "\"tags\":[\"math\",\"history\"]}");
        assertThat(post.status()).isEqualTo(201);
        int postId = post.read("$.id");
        assertThat(post.<String>read("$.author.email")).isEqualTo("ada@example.com");
        assertThat(post.<List<String>>read("$.tags")).containsExactly("math", "history");

        Http.Response comment = http.post("/api/posts/" + postId + "/comments",
                "{\"authorId\":" + adaId + ",\"body\":\"Notes follow\"}");
        assertThat(comment.status()).isEqualTo(201);

        Http.Response read = http.get("/api/posts/" + postId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.<List<String>>read("$.tags")).containsExactly("history", "math");
        assertThat(read.<List<String>>read("$.comments[*].body")).containsExactly("Notes follow");

        Http.Response withPosts = http.get("/api/users/" + adaId);
        assertThat(withPosts.<List<String>>read("$.posts[*].title")).containsExactly("Engines");

        assertThat(http.patch("/api/users/" + adaId, "{\"name\":\"Ada Lovelace\"}").<String>read("$.name"))
            .isEqualTo("Ada Lovelace");
        assertThat(http.get("/api/posts?tag=math").<List<Integer>>read("$[*].id")).contains(postId);
        assertThat(http.get("/api/posts?tag=none").<List<Integer>>read("$[*].id")).isEmpty();

        assertThat(http.delete("/api/posts/" + postId).status()).isEqualTo(204);
        assertThat(http.get("/api/posts/" + postId).status()).isEqualTo(404);
        assertThat(http.delete("/api/users/" + adaId).status()).isEqualTo(204);
        assertThat(http.get("/api/users/" + adaId).status()).isEqualTo(404);
    }

    @Test
    void duplicateEmailIsAConflict() {
        Http http = http();
        assertThat(http.post("/api/users", "{\"email\":\"grace@example.com\"}").status()).isEqualTo(201);
        Http.Response duplicate = http.post("/api/users", "{\"email\":\"grace@example.com\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.<String>read("$.detail")).contains("User");
    }

    @Test
    void signupRunsInOneTransaction() {
        Http http = http();
        Http.Response created = http.post("/api/signup",
                "{\"email\":\"linus@example.com\",\"name\":\"Linus\",\"firstPostTitle\":\"Hello\"}");
        assertThat(created.status()).isEqualTo(201);
        int id = created.read("$.id");
        assertThat(http.get("/api/users/" + id).<List<String>>read("$.posts[*].title")).containsExactly("Hello");

        Http.Response refused = http.post("/api/signup",
                "{\"email\":\"ken@example.com\",\"name\":\"Ken\",\"firstPostTitle\":\" \"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(http.get("/api/users").<List<String>>read("$[*].email")).doesNotContain("ken@example.com");
    }

    @Test
    void tagsAreServedFromTheCacheUntilAWriteChangesThem() {
        Http http = http();
        int author = http.post("/api/users", "{\"email\":\"barbara@example.com\"}").read("$.id");
        http.post("/api/posts", "{\"authorId\":" + author + ",\"title\":\"CLU\",\"tags\":[\"languages\"]}");
        long hits = cacheHits(http);
        assertThat(http.get("/api/tags").<List<String>>read("$[*].name")).contains("languages");
        assertThat(http.get("/api/tags").<List<String>>read("$[*].name")).contains("languages");
        assertThat(cacheHits(http)).isEqualTo(hits + 1);
        http.post("/api/posts", "{\"authorId\":" + author + ",\"title\":\"Liskov\",\"tags\":[\"substitution\"]}");
        assertThat(http.get("/api/tags").<List<String>>read("$[*].name")).contains("languages", "substitution");
        Http.Response metrics = http.get("/actuator/metrics/cache.gets?tag=cache:goofer.query&tag=result:hit");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.<Double>read("$.measurements[0].value")).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void slowQueriesAndQueryMetricsAreInTheActuator() {
        Http http = http();
        int author = http.post("/api/users", "{\"email\":\"edsger@example.com\"}").read("$.id");
        http.get("/api/posts?authorId=" + author);
        http.get("/api/posts?authorId=" + author);

        Http.Response goofer = http.get("/actuator/goofer");
        assertThat(goofer.status()).isEqualTo(200);
        assertThat(goofer.<String>read("$.client")).isEqualTo("dev.goofer.samples.blog.db.GooferClient");
        List<Map<String, Object>> recent = goofer.read("$.slowQueries.recent");
        assertThat(recent).isNotEmpty();
        assertThat(recent.get(0)).containsEntry("model", "Post").containsEntry("operation", "find_many");
        assertThat((Integer) recent.get(0).get("shapeCount")).isGreaterThanOrEqualTo(2);
        assertThat((List<?>) recent.get(0).get("sql")).isNotEmpty();
        assertThat(goofer.<List<String>>read("$.slowQueries.shapes[*].operation")).contains("find_many", "create");
        assertThat(goofer.<List<String>>read("$.cache.models")).containsExactly("Tag");

        Http.Response timer = http.get("/actuator/metrics/goofer.query?tag=model:Post&tag=operation:find_many");
        assertThat(timer.status()).isEqualTo(200);
        assertThat(timer.<List<String>>read("$.availableTags[*].tag")).contains("outcome", "shard", "dialect",
                "cached");
        assertThat(timer.<List<Double>>read("$.measurements[?(@.statistic=='COUNT')].value").get(0))
            .isGreaterThanOrEqualTo(2.0);
        assertThat(http.get("/actuator/metrics/goofer.query.slow").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").<String>read("$.status")).isEqualTo("UP");

        assertThat(http.delete("/actuator/goofer/slow-queries").status()).isEqualTo(200);
        assertThat(http.get("/actuator/goofer").<Integer>read("$.slowQueries.total")).isLessThanOrEqualTo(1);
    }

    @Test
    void clientIsTheGeneratedTypeInjectedByTheStarter() {
        assertThat(this.db.user().count().fetch()).isNotNegative();
    }

    private static long cacheHits(Http http) {
        return ((Number) http.get("/actuator/goofer").read("$.cache.hits")).longValue();
    }

}
