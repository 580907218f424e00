package io.advocacy.advocate.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class ProfileFlowTest {

    private static final String MENTIONS = "advocacy.mentions";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final EventTopics topics =
            new EventTopics(RealInfrastructure.kafka().bootstrapServers());

    private static String mentionScored(String authorKey, UUID mentionId, double sentiment) {
        String handle = authorKey.substring(authorKey.indexOf(':') + 1);
        return """
                {"mentionId": "%s", "platform": "twitter", "externalId": "x", "authorKey": "%s",
                 "author": {"handle": "%s", "displayName": "Ada L", "followers": 900},
                 "url": "https://twitter.example/1", "text": "...", "publishedAt": "2026-11-20T10:15:30Z",
                 "sentiment": %s}
                """.formatted(mentionId, authorKey, handle, sentiment);
    }

    private String sendMention(String authorKey, double sentiment) {
        String eventId = UUID.randomUUID().toString();
        topics.sendCloudEvent(
                MENTIONS,
                authorKey,
                "io.advocacy.mention.scored.v1",
                eventId,
                mentionScored(authorKey, UUID.randomUUID(), sentiment));
        return eventId;
    }

    private ConsumerRecord<String, String> awaitAdvocateEvent(String type, String authorKey) {
        var records = topics.readUntil(
                "advocacy.advocates",
                r -> type.equals(EventTopics.header(r, "ce_type")) && r.value().contains("\"" + authorKey + "\""),
                WAIT);
        return records.get(records.size() - 1);
    }

    @Test
    void discoversAPersonFromTheirFirstMentionAndPublishesWhatChanged() {
        String authorKey = "twitter:ada-" + UUID.randomUUID();
        sendMention(authorKey, 0.8);

        var discovered = awaitAdvocateEvent("io.advocacy.advocate.discovered.v1", authorKey);
        String advocateId = JsonPath.from(discovered.value()).getString("advocateId");
        assertThat(discovered.key()).isEqualTo(advocateId);
        assertThat(EventTopics.header(discovered, "ce_subject")).isEqualTo(advocateId);

        var changed = awaitAdvocateEvent("io.advocacy.advocate.category-changed.v1", authorKey);
        assertThat(JsonPath.from(changed.value()).getString("category")).isEqualTo("social-advocate");
        assertThat(JsonPath.from(changed.value()).getString("previousCategory")).isNull();
        var updated = awaitAdvocateEvent("io.advocacy.advocate.updated.v1", authorKey);
        assertThat(updated.key()).isEqualTo(advocateId);
        assertThat(JsonPath.from(updated.value()).getInt("positiveMentions")).isEqualTo(1);

        given().get("/advocates/" + advocateId)
                .then()
                .statusCode(200)
                .body("stage", equalTo("discovered"))
                .body("category", equalTo("social-advocate"))
                .body("fourA", equalTo("allegiant"))
                .body("mentionCount", equalTo(1));
        given().get("/advocates/" + advocateId + "/standing")
                .then()
                .statusCode(200)
                .body("category", equalTo("social-advocate"))
                .body(
                        "explanation",
                        org.hamcrest.Matchers.containsString(
                                "a social advocate has a mean of 0.3 or beyond and is heard"))
                .body("evidence.mentions", equalTo(1))
                .body("evidence.reach", equalTo(900))
                .body("evidence.activeWeeks", equalTo(1))
                .body("evidence.windowTo", org.hamcrest.Matchers.startsWith("2026-11-20T10:15:30"))
                .body("evidence.windowFrom", org.hamcrest.Matchers.startsWith("2026-05-24T10:15:30"))
                .body("lastChange.evidence.mentionCount", equalTo(1))
                .body("lastChange.evidence.trigger", equalTo("mention"))
                .body("lastChange.evidence.reach", equalTo(900));
        given().get("/advocates/" + advocateId + "/category-history")
                .then()
                .statusCode(200)
                .body("[0].to", equalTo("social-advocate"))
                .body("[0].evidence.mentionCount", equalTo(1));
    }

    @Test
    void aRedeliveredMentionChangesNothing() {
        String authorKey = "twitter:grace-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = mentionScored(authorKey, UUID.randomUUID(), -0.7);
        topics.sendCloudEvent(MENTIONS, authorKey, "io.advocacy.mention.scored.v1", eventId, body);
        topics.sendCloudEvent(MENTIONS, authorKey, "io.advocacy.mention.scored.v1", eventId, body);
        sendMention(authorKey, -0.7);

        String advocateId = JsonPath.from(awaitAdvocateEvent("io.advocacy.advocate.discovered.v1", authorKey)
                        .value())
                .getString("advocateId");
        await().atMost(WAIT).untilAsserted(() -> given().get("/advocates/" + advocateId)
                .then()
                .body("mentionCount", equalTo(2))
                .body("negativeMentions", equalTo(2)));
        // The third record was processed after the redelivery, so the redelivery had its chance to count twice.
        given().get("/advocates/" + advocateId).then().body("mentionCount", equalTo(2));
    }

    @Test
    void showsAnAwardedBadgeOnTheProfile() {
        String authorKey = "twitter:linus-" + UUID.randomUUID();
        sendMention(authorKey, 0.5);
        String advocateId = JsonPath.from(awaitAdvocateEvent("io.advocacy.advocate.discovered.v1", authorKey)
                        .value())
                .getString("advocateId");
        String award = """
                {"awardId": "%s", "advocateId": "%s", "badgeCode": "first-voice", "badgeName": "First Voice",
                 "awardedAt": "2026-11-20T10:16:00Z", "reason": "first positive mention"}
                """.formatted(UUID.randomUUID(), advocateId);
        String eventId = UUID.randomUUID().toString();
        topics.sendCloudEvent("advocacy.recognitions", advocateId, "io.advocacy.badge.awarded.v1", eventId, award);
        topics.sendCloudEvent("advocacy.recognitions", advocateId, "io.advocacy.badge.awarded.v1", eventId, award);

        await().atMost(WAIT).untilAsserted(() -> given().get("/advocates/" + advocateId)
                .then()
                .body("badges.code", hasItem("first-voice"))
                .body("badges.size()", equalTo(1)));

        String awardId = JsonPath.from(award).getString("awardId");
        topics.sendCloudEvent(
                "advocacy.recognitions",
                advocateId,
                "io.advocacy.badge.revoked.v1",
                UUID.randomUUID().toString(),
                "{\"awardId\": \"" + awardId + "\", \"advocateId\": \"" + advocateId + "\", \"reason\": \"x\"}");
        await().atMost(WAIT)
                .untilAsserted(
                        () -> given().get("/advocates/" + advocateId).then().body("badges.size()", equalTo(0)));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String authorKey = "twitter:poison-" + UUID.randomUUID();
        String brokenId = UUID.randomUUID().toString();
        topics.sendCloudEvent(MENTIONS, authorKey, "io.advocacy.mention.scored.v1", brokenId, "{not json");
        topics.send(MENTIONS, authorKey, Map.of(), "{\"no\": \"headers\"}");
        topics.sendCloudEvent(
                MENTIONS,
                authorKey,
                "io.advocacy.mention.scored.v1",
                UUID.randomUUID().toString(),
                mentionScored(authorKey, UUID.randomUUID(), 3.5));

        var dead = topics.readUntil(
                "advocacy.mentions.advocate-service.dlq", r -> brokenId.equals(EventTopics.header(r, "ce_id")), WAIT);
        assertThat(EventTopics.header(dead.get(dead.size() - 1), "dead-letter-reason"))
                .contains("not valid");
        var outOfRange = topics.readUntil(
                "advocacy.mentions.advocate-service.dlq",
                r -> r.value().contains("3.5") && r.value().contains(authorKey),
                WAIT);
        assertThat(EventTopics.header(outOfRange.get(outOfRange.size() - 1), "dead-letter-reason"))
                .contains("sentiment");
        topics.readUntil(
                "advocacy.mentions.advocate-service.dlq",
                r -> r.value().contains("headers") && authorKey.equals(r.key()),
                WAIT);

        sendMention(authorKey, 0.3);
        awaitAdvocateEvent("io.advocacy.advocate.discovered.v1", authorKey);
    }
}
