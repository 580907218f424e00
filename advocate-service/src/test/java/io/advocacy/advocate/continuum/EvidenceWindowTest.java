package io.advocacy.advocate.continuum;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.advocate.People;
import io.advocacy.platform.testing.EventTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A person's place comes from the evidence in their window, on real Kafka: what they said lately, how often, in how many
 * weeks, to how many people, and whether they turn up to interactions.
 */
@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class EvidenceWindowTest {

    private final EventTopics topics = People.topics();

    private void mention(String authorKey, double sentiment, long followers, String publishedAt) {
        topics.sendCloudEvent(
                "advocacy.mentions",
                authorKey,
                "io.advocacy.mention.scored.v1",
                UUID.randomUUID().toString(),
                """
                {"mentionId": "%s", "platform": "twitter", "authorKey": "%s",
                 "author": {"handle": "w", "displayName": "W", "followers": %d},
                 "url": "https://t.example/1", "publishedAt": "%s", "sentiment": %s}
                """.formatted(UUID.randomUUID(), authorKey, followers, publishedAt, sentiment));
    }

    /** Sends an interaction outcome as interaction-service publishes it; returns the event id. */
    private String outcome(String advocateId, UUID interactionId, String attendance, String dueAt) {
        String eventId = UUID.randomUUID().toString();
        topics.sendCloudEvent(
                "advocacy.interactions",
                advocateId,
                "attended".equals(attendance)
                        ? "io.advocacy.interaction.completed.v1"
                        : "io.advocacy.interaction.missed.v1",
                eventId,
                """
                {"interactionId": "%s", "advocateId": "%s", "kind": "check-in", "manager": "omar",
                 "dueAt": "%s", "attendance": "%s", "feedback": null, "recordedBy": "omar",
                 "recordedAt": "2026-11-28T09:00:00Z"}
                """.formatted(interactionId, advocateId, dueAt, attendance));
        return eventId;
    }

    private static JsonPath awaitStanding(String advocateId, String category, int mentions) {
        return await().atMost(People.PATIENCE)
                .until(
                        () -> given().get("/advocates/" + advocateId + "/standing")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        s -> category.equals(s.getString("category")) && s.getInt("mentionCount") == mentions);
    }

    private static JsonPath awaitEvidence(String advocateId, int attended, int missed) {
        return await().atMost(People.PATIENCE)
                .until(
                        () -> given().get("/advocates/" + advocateId + "/standing")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        s -> s.getInt("evidence.attended") == attended && s.getInt("evidence.missed") == missed);
    }

    private static String idOf(String authorKey) {
        return await().atMost(People.PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", authorKey)
                                .get("/advocates")
                                .then()
                                .extract()
                                .jsonPath(),
                        page -> page.getList("items").size() == 1)
                .getString("items[0].id");
    }

    @Test
    void evidenceOlderThanTheWindowNoLongerCounts() {
        String authorKey = "twitter:window-" + UUID.randomUUID();
        mention(authorKey, -0.9, 500, "2026-01-05T10:00:00Z");
        mention(authorKey, -0.8, 500, "2026-01-13T10:00:00Z");
        mention(authorKey, -0.9, 500, "2026-01-20T10:00:00Z");
        String id = idOf(authorKey);
        awaitStanding(id, "strong-detractor", 3);

        // Ten months later they praise the brand: over all time they would still be a social detractor (mean -0.45),
        // but the window back from their newest mention holds only the praise.
        mention(authorKey, 0.8, 500, "2026-11-20T10:00:00Z");
        JsonPath standing = awaitStanding(id, "social-advocate", 4);
        assertThat(standing.getDouble("averageSentiment")).isLessThan(-0.4);
        assertThat(standing.getInt("evidence.mentions")).isEqualTo(1);
        assertThat(standing.getString("evidence.windowFrom")).startsWith("2026-05-24T10:00");
        assertThat(standing.getString("explanation")).startsWith("from 2026-05-24 to 2026-11-20: mean sentiment 0.80");
        assertThat(standing.getString("lastChange.from")).isEqualTo("strong-detractor");
        assertThat(standing.getInt("lastChange.evidence.mentionCount")).isEqualTo(1);
    }

    @Test
    void aQuietVoiceIsCasualUntilHeard() {
        String authorKey = "twitter:quiet-" + UUID.randomUUID();
        mention(authorKey, 0.8, 12, "2026-11-20T10:00:00Z");
        String id = idOf(authorKey);
        awaitStanding(id, "casual-advocate", 1);
        given().get("/advocates/" + id + "/standing")
                .then()
                .body("explanation", containsString("not a social advocate because one mention with a reach of 12"));
        mention(authorKey, 0.7, 12, "2026-11-21T10:00:00Z");
        awaitStanding(id, "social-advocate", 2);
    }

    @Test
    void attendanceShowsConsistencyAndNoShowsShowUnreliability() {
        String authorKey = "twitter:attendee-" + UUID.randomUUID();
        for (int day = 16; day <= 19; day++) {
            mention(authorKey, 0.9, 800, "2026-11-" + day + "T10:00:00Z");
        }
        String id = idOf(authorKey);
        // Four glowing mentions, all in one week: not yet consistent.
        awaitStanding(id, "social-advocate", 4);

        // They attend a check-in the week after: engaged in two weeks, a strong advocate.
        UUID checkIn = UUID.randomUUID();
        outcome(id, checkIn, "attended", "2026-11-25T10:00:00Z");
        JsonPath strong = awaitStanding(id, "strong-advocate", 4);
        assertThat(strong.getInt("evidence.engagedWeeks")).isEqualTo(2);
        assertThat(strong.getInt("evidence.activeWeeks")).isEqualTo(1);
        assertThat(strong.getString("lastChange.evidence.trigger")).isEqualTo("interaction");
        assertThat(strong.getString("lastChange.evidence.interactionId")).isEqualTo(checkIn.toString());
        var changed = topics.readUntil(
                "advocacy.advocates",
                r -> "io.advocacy.advocate.category-changed.v1".equals(EventTopics.header(r, "ce_type"))
                        && r.value().contains(checkIn.toString()),
                Duration.ofSeconds(30));
        JsonPath event = JsonPath.from(changed.get(changed.size() - 1).value());
        assertThat(event.getString("category")).isEqualTo("strong-advocate");
        assertThat(event.getString("evidence.trigger")).isEqualTo("interaction");
        assertThat(event.getInt("evidence.attended")).isEqualTo(1);

        // A decline is no evidence; two no-shows, more than they attended, are.
        outcome(id, UUID.randomUUID(), "declined", "2026-11-26T10:00:00Z");
        UUID first = UUID.randomUUID();
        outcome(id, first, "no-show", "2026-11-27T10:00:00Z");
        awaitEvidence(id, 1, 1);
        assertThat(awaitStanding(id, "strong-advocate", 4).getInt("evidence.missed"))
                .isEqualTo(1);
        // The same outcome published twice (a new event id) counts once.
        outcome(id, first, "no-show", "2026-11-27T10:00:00Z");
        outcome(id, UUID.randomUUID(), "no-show", "2026-11-28T10:00:00Z");
        JsonPath held = awaitStanding(id, "social-advocate", 4);
        assertThat(held.getInt("evidence.missed")).isEqualTo(2);
        assertThat(held.getString("explanation"))
                .contains("not a strong advocate because they missed 2 interactions and attended 1");
    }

    @Test
    void aMergedProfilesAttendanceCountsForTheSurvivorUntilUndone() {
        String survivorKey = "twitter:survivor-" + UUID.randomUUID();
        String absorbedKey = "mastodon:absorbed-" + UUID.randomUUID();
        mention(survivorKey, 0.5, 800, "2026-11-20T10:00:00Z");
        mention(absorbedKey, 0.5, 800, "2026-11-20T11:00:00Z");
        String survivor = idOf(survivorKey);
        String absorbed = idOf(absorbedKey);
        outcome(absorbed, UUID.randomUUID(), "attended", "2026-11-25T10:00:00Z");
        awaitEvidence(absorbed, 1, 0);

        String mergeId = given().contentType("application/json")
                .body("{\"otherId\": \"" + absorbed + "\", \"reason\": \"same person\"}")
                .post("/advocates/" + survivor + "/merge")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath merged = awaitEvidence(survivor, 1, 0);
        assertThat(merged.getInt("evidence.mentions")).isEqualTo(2);

        given().contentType("application/json")
                .body("{\"mergeId\": \"" + mergeId + "\", \"reason\": \"two people after all\"}")
                .post("/advocates/" + survivor + "/unmerge")
                .then()
                .statusCode(200);
        awaitEvidence(survivor, 0, 0);
        awaitEvidence(absorbed, 1, 0);
    }

    @Test
    void anOutcomeForSomeoneUnknownIsSkipped() {
        String unknown = UUID.randomUUID().toString();
        outcome(unknown, UUID.randomUUID(), "attended", "2026-11-25T10:00:00Z");
        // The consumer goes on: the next person's outcome is counted.
        String authorKey = "twitter:after-unknown-" + UUID.randomUUID();
        mention(authorKey, 0.5, 800, "2026-11-20T10:00:00Z");
        String id = idOf(authorKey);
        outcome(id, UUID.randomUUID(), "attended", "2026-11-25T10:00:00Z");
        awaitEvidence(id, 1, 0);
        given().get("/advocates/" + unknown + "/standing").then().statusCode(404);
    }

    @Test
    void theAnswerToWhySaysWhatTheRuleNeeds() {
        String authorKey = "twitter:why-" + UUID.randomUUID();
        mention(authorKey, -0.7, 5_000, "2026-11-20T10:00:00Z");
        String id = idOf(authorKey);
        given().get("/advocates/" + id + "/standing")
                .then()
                .statusCode(200)
                .body("category", equalTo("social-detractor"))
                .body("evidence.reach", equalTo(5_000))
                .body(
                        "explanation",
                        containsString("not a strong detractor because only 1 mention (3 needed) and the evidence"
                                + " spans 1 week (2 needed)"));
    }
}
