package io.advocacy.deploy.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.advocacy.platform.testing.EventTopics;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One trace, end to end: the real stack with every service exporting its spans to an OTLP/HTTP receiver in this JVM.
 * A mention posted with a {@code traceparent} leads to records on four topics that all carry its trace id, and the
 * spans the four services export form one tree under the caller's span.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> SERVICES =
            List.of("listening-service", "advocate-service", "interaction-service", "recognition-service");

    private OtlpReceiver receiver;
    private TestStack platform;
    private StackInfo info;
    private EventTopics topics;
    private String integratorToken;
    private String managerToken;

    @BeforeAll
    void startThePlatform() throws Exception {
        receiver = OtlpReceiver.start();
        platform = TestStack.start(
                "tracing", Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", receiver.url()), Stack.Broker.IN_THIS_JVM);
        info = platform.info();
        topics = platform.topics();
        integratorToken = platform.integratorToken();
        managerToken = platform.managerToken();
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void oneTraceRunsFromTheAcceptedMentionToTheBadge() {
        byte[] traceBytes = new byte[16];
        byte[] spanBytes = new byte[8];
        new SecureRandom().nextBytes(traceBytes);
        new SecureRandom().nextBytes(spanBytes);
        String traceId = HexFormat.of().formatHex(traceBytes);
        String callerSpan = HexFormat.of().formatHex(spanBytes);
        String handle = "trace" + UUID.randomUUID().toString().substring(0, 8);
        String externalId = "e2e-" + UUID.randomUUID();

        String mentionId = given().auth()
                .oauth2(integratorToken)
                .contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body("""
                        {"platform": "twitter", "externalId": "%s",
                         "author": {"handle": "@%s", "displayName": "Ada Lovelace", "followers": 12800},
                         "url": "https://twitter.example/%s", "text": "Lumen: I love it, brilliant support!",
                         "publishedAt": "2026-11-23T09:00:00Z"}
                        """.formatted(externalId, handle, externalId))
                .post(info.serviceUrl("listening-service") + "/mentions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String advocateId = await().atMost(WAIT)
                .until(
                        () -> given().auth()
                                .oauth2(managerToken)
                                .queryParam("authorKey", "twitter:" + handle)
                                .get(info.serviceUrl("advocate-service") + "/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("items.id", String.class),
                        ids -> ids.size() == 1)
                .get(0);
        await().atMost(WAIT).untilAsserted(() -> given().auth()
                .oauth2(managerToken)
                .get(info.serviceUrl("advocate-service") + "/advocates/" + advocateId)
                .then()
                .body("badges.code", hasItem("first-voice")));

        Map<String, ConsumerRecord<String, String>> records = Map.of(
                "listening-service",
                last("advocacy.mentions", r -> r.value().contains(mentionId)),
                "advocate-service",
                last(
                        "advocacy.advocates",
                        r -> advocateId.equals(r.key())
                                && "io.advocacy.advocate.discovered.v1".equals(EventTopics.header(r, "ce_type"))),
                "interaction-service",
                last("advocacy.interactions", r -> advocateId.equals(r.key())),
                "recognition-service",
                last(
                        "advocacy.recognitions",
                        r -> advocateId.equals(r.key())
                                && "io.advocacy.badge.awarded.v1".equals(EventTopics.header(r, "ce_type"))));
        records.forEach((publisher, record) -> {
            String traceparent = EventTopics.header(record, "traceparent");
            assertThat(traceparent)
                    .as("%s from %s", EventTopics.header(record, "ce_type"), publisher)
                    .startsWith("00-" + traceId + "-")
                    .endsWith("-01");
        });

        // The exported spans: every service took part, every record's traceparent names a span its publisher sent it
        // under, and every span hangs from the caller's span through spans of the same trace.
        await().atMost(WAIT).untilAsserted(() -> {
            List<OtlpReceiver.ReceivedSpan> spans = receiver.trace(traceId);
            assertThat(spans.stream().map(OtlpReceiver.ReceivedSpan::service).collect(Collectors.toSet()))
                    .as(
                            "services with spans in the trace (%d spans received in all)",
                            receiver.all().size())
                    .containsAll(SERVICES);
            Map<String, OtlpReceiver.ReceivedSpan> byId =
                    spans.stream().collect(Collectors.toMap(OtlpReceiver.ReceivedSpan::spanId, s -> s, (a, b) -> a));
            records.forEach((publisher, record) -> {
                String sentUnder = EventTopics.header(record, "traceparent").split("-")[2];
                assertThat(byId).containsKey(sentUnder);
                assertThat(byId.get(sentUnder).service()).isEqualTo(publisher);
                assertThat(byId.get(sentUnder).kind()).isEqualTo("SPAN_KIND_PRODUCER");
            });
            for (OtlpReceiver.ReceivedSpan span : spans) {
                assertThat(rootOf(span, byId))
                        .as("root of %s in %s", span.name(), span.service())
                        .isEqualTo(callerSpan);
            }
        });
        // Pollers (the outbox relay, the backlog measurement) query the database outside any trace; those queries
        // are not exported as traces of their own.
        assertThat(receiver.all())
                .noneMatch(span -> span.parentSpanId().isEmpty() && span.kind().equals("SPAN_KIND_CLIENT"));
        Set<String> names = receiver.trace(traceId).stream()
                .map(s -> s.service() + ": " + s.name())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        System.out.println("Spans of trace " + traceId + ":\n  " + String.join("\n  ", names));
        Map<String, Long> everything = receiver.all().stream()
                .collect(Collectors.groupingBy(
                        s -> s.service() + ": " + s.name() + " (root "
                                + s.parentSpanId().isEmpty() + ")",
                        java.util.TreeMap::new,
                        Collectors.counting()));
        System.out.println("All spans received: " + everything);
    }

    /** Follows the parents up to the first one not in the trace, which must be the caller's. */
    private static String rootOf(OtlpReceiver.ReceivedSpan span, Map<String, OtlpReceiver.ReceivedSpan> byId) {
        OtlpReceiver.ReceivedSpan current = span;
        for (int depth = 0; depth < 100; depth++) {
            OtlpReceiver.ReceivedSpan parent = byId.get(current.parentSpanId());
            if (parent == null) {
                return current.parentSpanId();
            }
            current = parent;
        }
        throw new AssertionError("a cycle of parents under " + span);
    }

    private ConsumerRecord<String, String> last(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> read = topics.readUntil(topic, match, WAIT);
        return read.get(read.size() - 1);
    }
}
