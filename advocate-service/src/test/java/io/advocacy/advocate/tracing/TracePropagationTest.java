package io.advocacy.advocate.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The trace context crosses the outbox: an event published inside a traced request, or while a traced record is
 * handled, leaves with a {@code traceparent} of the same trace, a descendant of the caller's span.
 */
@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventTopics topics =
            new EventTopics(RealInfrastructure.kafka().bootstrapServers());

    /** A fresh sampled W3C traceparent: version 00, a random trace id and span id. */
    private static String newTraceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        RANDOM.nextBytes(trace);
        RANDOM.nextBytes(span);
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String spanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    private String discover(String authorKey, String traceparent) {
        String handle = authorKey.substring(authorKey.indexOf(':') + 1);
        String scored = """
                {"mentionId": "%s", "platform": "twitter", "externalId": "x", "authorKey": "%s",
                 "author": {"handle": "%s", "displayName": "Ada L", "followers": 900},
                 "url": "https://twitter.example/1", "text": "...", "publishedAt": "2026-11-20T10:15:30Z",
                 "sentiment": 0.8}
                """.formatted(UUID.randomUUID(), authorKey, handle);
        topics.send(
                "advocacy.mentions",
                authorKey,
                Map.of(
                        "ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "io.advocacy.mention.scored.v1",
                        "ce_source", "/advocacy/test",
                        "ce_subject", authorKey,
                        "content-type", "application/json",
                        "traceparent", traceparent),
                scored);
        return JsonPath.from(awaitAdvocateEvent("io.advocacy.advocate.discovered.v1", "\"" + authorKey + "\"")
                        .value())
                .getString("advocateId");
    }

    private ConsumerRecord<String, String> awaitAdvocateEvent(String type, String text) {
        var records = topics.readUntil(
                "advocacy.advocates",
                r -> type.equals(EventTopics.header(r, "ce_type")) && r.value().contains(text),
                WAIT);
        return records.get(records.size() - 1);
    }

    @Test
    void eventsPublishedWhileHandlingARecordContinueItsTrace() {
        String consumed = newTraceparent();
        String authorKey = "twitter:traced-" + UUID.randomUUID();
        discover(authorKey, consumed);

        var discovered = awaitAdvocateEvent("io.advocacy.advocate.discovered.v1", "\"" + authorKey + "\"");
        var updated = awaitAdvocateEvent("io.advocacy.advocate.updated.v1", "\"" + authorKey + "\"");
        for (var record : new ConsumerRecord<?, ?>[] {discovered, updated}) {
            String published = EventTopics.header(record, "traceparent");
            assertThat(published)
                    .as("traceparent of %s", EventTopics.header(record, "ce_type"))
                    .isNotNull();
            assertThat(traceId(published)).isEqualTo(traceId(consumed));
            // A descendant of the consumed record's span, not a copy of it.
            assertThat(spanId(published)).isNotEqualTo(spanId(consumed));
            assertThat(published).endsWith("-01");
        }
        assertThat(EventTopics.header(discovered, "ce_traceparent")).isNull();
    }

    @Test
    void anEventPublishedInsideATracedRequestCarriesTheRequestsTrace() {
        String advocateId = discover("twitter:moved-" + UUID.randomUUID(), newTraceparent());
        String request = newTraceparent();

        given().contentType("application/json")
                .header("traceparent", request)
                .body("{\"stage\": \"invited\", \"reason\": \"trace test\"}")
                .post("/advocates/" + advocateId + "/stage")
                .then()
                .statusCode(200);

        var changed = awaitAdvocateEvent("io.advocacy.advocate.stage-changed.v1", advocateId);
        String published = EventTopics.header(changed, "traceparent");
        assertThat(published).isNotNull();
        assertThat(traceId(published)).isEqualTo(traceId(request));
        assertThat(spanId(published)).isNotEqualTo(spanId(request));
    }

    @Test
    void aRequestWithoutTraceparentStartsItsOwnTrace() {
        String first = discover("twitter:first-" + UUID.randomUUID(), newTraceparent());
        String second = discover("twitter:second-" + UUID.randomUUID(), newTraceparent());
        given().contentType("application/json")
                .body("{\"stage\": \"invited\", \"reason\": \"trace test\"}")
                .post("/advocates/" + first + "/stage")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body("{\"stage\": \"invited\", \"reason\": \"trace test\"}")
                .post("/advocates/" + second + "/stage")
                .then()
                .statusCode(200);

        String one =
                EventTopics.header(awaitAdvocateEvent("io.advocacy.advocate.stage-changed.v1", first), "traceparent");
        String two =
                EventTopics.header(awaitAdvocateEvent("io.advocacy.advocate.stage-changed.v1", second), "traceparent");
        assertThat(one).isNotNull();
        assertThat(two).isNotNull();
        assertThat(traceId(one)).isNotEqualTo(traceId(two));
    }
}
