package io.advocacy.listening.source;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.advocacy.listening.Queries;
import io.advocacy.listening.mention.service.MentionService;
import io.advocacy.listening.source.FeedServer.Validators;
import io.advocacy.listening.source.SampleFeeds.Item;
import io.advocacy.listening.source.polling.FeedPoller;
import io.advocacy.listening.source.polling.FeedReader;
import io.advocacy.listening.source.polling.PollOutcome;
import io.advocacy.listening.source.repository.FeedSourceRepository;
import io.advocacy.listening.source.service.SourcePollState;
import io.advocacy.platform.events.OutboxLag;
import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "integrator"})
class FeedPollingTest {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String ATOM = "application/atom+xml";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static FeedServer feeds;

    private final List<String> sources = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    FeedReader reader;

    @Inject
    SourcePollState state;

    @Inject
    MentionService mentions;

    @Inject
    OutboxLag lag;

    @Inject
    FeedSourceRepository repository;

    @BeforeAll
    static void serveFeeds() throws IOException {
        feeds = FeedServer.start();
    }

    @AfterAll
    static void stopServingFeeds() {
        feeds.close();
    }

    @AfterEach
    void stopPollingThisTestsSources() {
        sources.forEach(id -> given().delete("/sources/" + id).then().statusCode(204));
    }

    private String createSource(String path, String platform, int intervalSeconds) {
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"programme": "feeds", "name": "%s", "url": "%s", "platform": %s, "pollIntervalSeconds": %d}
                        """.formatted(
                        path, feeds.url(path), platform == null ? "null" : "\"" + platform + "\"", intervalSeconds))
                .post("/sources")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        sources.add(id);
        return id;
    }

    private static JsonPath source(String id) {
        return given().get("/sources/" + id).then().statusCode(200).extract().jsonPath();
    }

    /**
     * Every event published so far about the given authors of one platform: a marker mention by each author lands on
     * that author's partition after their events, and the topic is read until every marker has come.
     */
    private static List<String> publishedAbout(String platform, String... handles) {
        Set<String> markers = ConcurrentHashMap.newKeySet();
        for (String handle : handles) {
            String marker = "marker-" + UUID.randomUUID();
            markers.add(marker);
            given().contentType(ContentType.JSON)
                    .body("""
                            {"platform": "%s", "externalId": "%s",
                             "author": {"handle": "%s", "displayName": "M", "followers": 1},
                             "url": "https://example.com/%s", "text": "Lumen marker %s",
                             "publishedAt": "2026-11-20T10:15:30Z"}
                            """.formatted(platform, marker, handle, marker, marker))
                    .post("/mentions")
                    .then()
                    .statusCode(201);
        }
        Set<String> keys = Stream.of(handles)
                .map(handle -> platform + ":" + handle.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        return topics
                .readUntil(
                        "advocacy.mentions",
                        r -> markers.removeIf(marker -> r.value().contains(marker)) && markers.isEmpty(),
                        WAIT)
                .stream()
                .filter(r -> keys.contains(r.key()))
                .map(r -> r.value())
                .toList();
    }

    private static long count(List<String> events, String text) {
        return events.stream().filter(e -> e.contains(text)).count();
    }

    @Test
    void rssAndAtomEntriesThatMentionTheBrandBecomeMentionsOnceHoweverOftenTheFeedsArePolled() {
        Queries.ensureBrandQuery();
        String platform = "forum-" + run;
        String rssPath = "/" + run + "/forum.rss";
        String atomPath = "/" + run + "/blog.atom";
        Item love = new Item(
                "love-" + run,
                "Lumen is lovely",
                "<p>I <b>love</b> Lumen &amp; its support, thread " + run + "</p>",
                "ada",
                now.minus(2, ChronoUnit.HOURS));
        Item weather = new Item(
                "weather-" + run, "Weather", "<p>Rain again " + run + "</p>", "bob", now.minus(1, ChronoUnit.HOURS));
        Item post = new Item(
                "urn:uuid:" + UUID.randomUUID(),
                "Why we moved to Lumen",
                "<p>Lumen made our team calmer, post " + run + "</p>",
                "Grace",
                now.minus(3, ChronoUnit.HOURS));
        feeds.serve(rssPath, RSS, SampleFeeds.rss("Lumen forum", List.of(love, weather)), Validators.LAST_MODIFIED);
        feeds.serve(atomPath, ATOM, SampleFeeds.atom("Lumen blog", List.of(post)), Validators.ETAG);

        String rssSource = createSource(rssPath, platform, 1);
        String atomSource = createSource(atomPath, null, 1);
        // A 304 comes only after a full answer was taken: each feed has been read, then polled again.
        await().atMost(WAIT).until(() -> feeds.notModified(rssPath) >= 1 && feeds.notModified(atomPath) >= 1);

        Item again = new Item(
                "again-" + run,
                "Lumen again",
                "<p>Still happy with Lumen, reply " + run + "</p>",
                "ada",
                now.minus(30, ChronoUnit.MINUTES));
        feeds.serve(
                rssPath, RSS, SampleFeeds.rss("Lumen forum", List.of(again, love, weather)), Validators.LAST_MODIFIED);
        int seenBefore = feeds.notModified(rssPath);
        // One 304 may have been on its way before the change; a second comes only after the change was read.
        await().atMost(WAIT).until(() -> feeds.notModified(rssPath) >= seenBefore + 2);

        JsonPath stored = given().get("/mentions?size=200&platform=" + platform)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getList("items.externalId", String.class))
                .containsExactlyInAnyOrder("127.0.0.1/again-" + run, "127.0.0.1/love-" + run);
        assertThat(stored.getString("items.find { it.externalId.contains('love') }.text"))
                .isEqualTo("Lumen is lovely\n\nI love Lumen & its support, thread " + run);
        assertThat(stored.getString("items.find { it.externalId.contains('love') }.authorKey"))
                .isEqualTo(platform + ":ada");

        JsonPath rss = source(rssSource);
        assertThat(rss.getString("health.status")).isEqualTo("ok");
        assertThat(rss.getInt("health.entriesSeen")).isEqualTo(3);
        assertThat(rss.getString("health.lastSuccessAt")).isNotNull();
        JsonPath atom = source(atomSource);
        assertThat(atom.getString("platform")).isEqualTo("blog");
        assertThat(atom.getInt("health.entriesSeen")).isEqualTo(1);

        List<String> events = publishedAbout(platform, "ada");
        assertThat(count(events, "love-" + run)).isEqualTo(1);
        assertThat(count(events, "again-" + run)).isEqualTo(1);
        assertThat(count(publishedAbout("blog", "Grace"), post.id())).isEqualTo(1);
    }

    @Test
    void resumesFromItsCursorAfterARestartWithoutPublishingAnythingAgain() throws Throwable {
        Queries.ensureBrandQuery();
        String platform = "notes-" + run;
        String path = "/" + run + "/restart.rss";
        Item dated = new Item(
                "withdate-" + run,
                "Lumen keeps my notes",
                "<p>Lumen is great, note " + run + "</p>",
                "ada",
                now.minus(2, ChronoUnit.HOURS));
        Item undated =
                new Item("nodate-" + run, "Lumen on my phone", "<p>Works offline, phone " + run + "</p>", "bob", null);
        Item unrelated = new Item(
                "unrelated-" + run, "Gardening", "<p>Tomatoes " + run + "</p>", "cy", now.minus(1, ChronoUnit.HOURS));
        // Answered in full every time, so each poll parses the document and only the cursor keeps old entries out.
        feeds.serve(path, RSS, SampleFeeds.rss("Notes", List.of(dated, undated, unrelated)), Validators.NONE);
        String id = createSource(path, platform, 3600);
        await().atMost(WAIT).until(() -> source(id).getInt("health.entriesSeen") == 3);

        Item later = new Item(
                "later-" + run,
                "Lumen 3 is out",
                "<p>Love the new Lumen, release " + run + "</p>",
                "ada",
                now.minus(10, ChronoUnit.MINUTES));
        feeds.serve(path, RSS, SampleFeeds.rss("Notes", List.of(later, dated, undated, unrelated)), Validators.NONE);

        // A restarted service has nothing but the database: a poller built afresh stands for it.
        PollOutcome afterRestart = pollWithAFreshPoller(id);
        assertThat(afterRestart.succeeded()).isTrue();
        assertThat(afterRestart.entries()).isEqualTo(4);
        assertThat(afterRestart.newEntries())
                .as("only the entry after the cursor")
                .isEqualTo(1);
        assertThat(afterRestart.accepted()).isEqualTo(1);

        // A stop between ingestion's commit and the cursor's: the entries come again and none is published twice.
        forgetCursor(id);
        PollOutcome afterLostCursor = pollWithAFreshPoller(id);
        assertThat(afterLostCursor.newEntries()).isEqualTo(4);
        assertThat(afterLostCursor.accepted()).isZero();
        assertThat(afterLostCursor.duplicates()).isEqualTo(3);

        assertThat(source(id).getInt("health.entriesSeen")).isEqualTo(8);
        List<String> events = publishedAbout(platform, "ada", "bob", "cy");
        assertThat(count(events, "withdate-" + run)).isEqualTo(1);
        assertThat(count(events, "later-" + run)).isEqualTo(1);
        assertThat(count(events, "nodate-" + run)).isEqualTo(1);
        assertThat(count(events, "unrelated-" + run)).isZero();
    }

    @Test
    void recordsAMalformedFeedAndA500AsHealthWhileAHealthySourceKeepsPolling() {
        String brokenPath = "/" + run + "/broken.rss";
        String downPath = "/" + run + "/down.rss";
        String healthyPath = "/" + run + "/healthy.rss";
        feeds.serve(brokenPath, RSS, "<rss><channel><item><title>Lumen, unclosed", Validators.NONE);
        feeds.fail(downPath, 500);
        feeds.serve(
                healthyPath,
                RSS,
                SampleFeeds.rss(
                        "Healthy", List.of(new Item("healthy-" + run, "Lumen", "<p>fine " + run + "</p>", "ada", now))),
                Validators.NONE);
        String broken = createSource(brokenPath, null, 1);
        String down = createSource(downPath, null, 1);
        String healthy = createSource(healthyPath, null, 1);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath brokenHealth = source(broken);
            assertThat(brokenHealth.getString("health.status")).isEqualTo("failing");
            assertThat(brokenHealth.getInt("health.consecutiveFailures")).isGreaterThanOrEqualTo(2);
            assertThat(brokenHealth.getString("health.lastError")).startsWith("malformed feed");
            assertThat(brokenHealth.getString("health.lastErrorAt")).isNotNull();
            assertThat(brokenHealth.getString("health.lastSuccessAt")).isNull();
            JsonPath downHealth = source(down);
            assertThat(downHealth.getInt("health.consecutiveFailures")).isGreaterThanOrEqualTo(2);
            assertThat(downHealth.getString("health.lastError")).startsWith("HTTP 500");
            JsonPath healthyHealth = source(healthy);
            assertThat(healthyHealth.getString("health.status")).isEqualTo("ok");
            assertThat(healthyHealth.getInt("health.consecutiveFailures")).isZero();
        });
        int healthyPolls = feeds.requests(healthyPath);
        await().atMost(WAIT).until(() -> feeds.requests(healthyPath) >= healthyPolls + 2);

        feeds.serve(
                brokenPath,
                RSS,
                SampleFeeds.rss("Repaired", List.of(new Item("repaired-" + run, "Lumen", "<p>ok</p>", "ada", now))),
                Validators.NONE);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath repaired = source(broken);
            assertThat(repaired.getString("health.status")).isEqualTo("ok");
            assertThat(repaired.getInt("health.consecutiveFailures")).isZero();
            assertThat(repaired.getString("health.lastSuccessAt")).isNotNull();
            assertThat(repaired.getString("health.lastError"))
                    .as("the last error stays on record")
                    .startsWith("malformed feed");
        });
    }

    private PollOutcome pollWithAFreshPoller(String id) throws Throwable {
        FeedPoller restarted = new FeedPoller(reader, state, mentions, lag);
        return VertxContextSupport.subscribeAndAwait(() -> restarted.pollNow(UUID.fromString(id)));
    }

    private void forgetCursor(String id) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> repository.lock(UUID.fromString(id)).invoke(source -> {
                    source.lastEntryPublishedAt = null;
                    source.seenEntryIds = new String[0];
                })));
    }
}
