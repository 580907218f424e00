package io.advocacy.advocate.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dead letter is re-driven after a fix: the test puts on the dead-letter topic a mention that failed earlier (as it
 * would have under a bug since fixed), replays it, and sees it processed once, however often the replay runs.
 */
@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "advocate-manager"})
class DeadLetterReplayTest {

    private static final String DLQ = "advocacy.mentions.advocate-service.dlq";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final EventTopics topics =
            new EventTopics(RealInfrastructure.kafka().bootstrapServers());

    @Test
    void aReplayedDeadLetterIsProcessedOnceWithItsOriginalHeaders() {
        String handle = "phoenix-" + UUID.randomUUID().toString().substring(0, 8);
        String authorKey = "twitter:" + handle;
        String eventId = UUID.randomUUID().toString();
        String mention = """
                {"mentionId": "%s", "platform": "twitter", "externalId": "x", "authorKey": "%s",
                 "author": {"handle": "%s", "displayName": "Phoenix", "followers": 10},
                 "url": "https://twitter.example/1", "text": "...", "publishedAt": "2026-11-20T10:15:30Z",
                 "sentiment": 0.6}
                """.formatted(UUID.randomUUID(), authorKey, handle);
        Map<String, String> headers = new java.util.HashMap<>(Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", "io.advocacy.mention.scored.v1",
                "ce_source", "/advocacy/listening-service",
                "ce_subject", authorKey,
                "content-type", "application/json"));
        headers.put("dead-letter-topic", "advocacy.mentions");
        headers.put("dead-letter-reason", "a bug since fixed");
        topics.send(DLQ, authorKey, headers, mention);

        given().get("/dead-letters")
                .then()
                .statusCode(200)
                .body("topic", hasItem(DLQ))
                .body("find { it.topic == '" + DLQ + "' }.waiting", org.hamcrest.Matchers.greaterThan(0));
        int replayed = given().post("/dead-letters/" + DLQ + "/replay")
                .then()
                .statusCode(200)
                .extract()
                .path("replayed");
        assertThat(replayed).isPositive();

        var records = topics.readUntil("advocacy.mentions", r -> eventId.equals(EventTopics.header(r, "ce_id")), WAIT);
        var redriven = records.get(records.size() - 1);
        assertThat(EventTopics.header(redriven, "replayed-from")).startsWith(DLQ + "/");
        assertThat(EventTopics.header(redriven, "dead-letter-reason")).isNull();
        assertThat(EventTopics.header(redriven, "ce_type")).isEqualTo("io.advocacy.mention.scored.v1");

        await().atMost(WAIT).untilAsserted(() -> given().queryParam("authorKey", authorKey)
                .get("/advocates")
                .then()
                .body("items[0].mentionCount", equalTo(1)));

        given().post("/dead-letters/" + DLQ + "/replay").then().statusCode(200);
        // A record after the replay, on the same key and so the same partition, marks how far to read.
        String sentinel = UUID.randomUUID().toString();
        topics.sendCloudEvent("advocacy.mentions", authorKey, "io.advocacy.test.sentinel.v1", sentinel, "{}");
        long copies =
                topics
                        .readUntil("advocacy.mentions", r -> sentinel.equals(EventTopics.header(r, "ce_id")), WAIT)
                        .stream()
                        .filter(r -> eventId.equals(EventTopics.header(r, "ce_id")))
                        .count();
        assertThat(copies).as("a dead letter is re-driven once").isEqualTo(1);
    }

    @Test
    void anUnknownTopicIsA404() {
        given().post("/dead-letters/advocacy.elsewhere.dlq/replay")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
