package io.advocacy.interaction.merge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A merge on Kafka makes the absorbed profile's interactions, preferences and cadence the survivor's. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "program-admin")
class MergeTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theSurvivorGetsTheAbsorbedsInteractionsOnceWithinTheirAskBudgetAndTheirSettingsWhenTheyHaveNone() {
        UUID survivor = UUID.randomUUID();
        UUID absorbed = UUID.randomUUID();
        // Both have a weekly Tuesday cadence: each gets a check-in on 2027-02-02.
        cadence(survivor, "FREQ=WEEKLY;BYDAY=TU");
        cadence(absorbed, "FREQ=WEEKLY;BYDAY=TU;INTERVAL=1");
        given().contentType(ContentType.JSON)
                .body("""
                        {"preferredMedia": ["video-call"], "timeZone": "Europe/Berlin",
                         "availability": [{"day": "TUESDAY", "start": "09:00", "end": "12:00"}]}
                        """)
                .when()
                .put("/advocates/" + absorbed + "/preferences")
                .then()
                .statusCode(200);
        given().queryParam("from", "2027-02-01T00:00:00Z")
                .queryParam("until", "2027-02-03T00:00:00Z")
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200);
        // The survivor has spent their ask budget; the absorbed has a re-engagement (an ask) and a thank-you.
        for (int i = 0; i < 2; i++) {
            String session = given().contentType(ContentType.JSON)
                    .body("""
                            {"format": "webcast", "startsAt": "2027-01-10T17:00:00Z", "durationMinutes": 60,
                             "manager": "omar", "topic": "Release notes"}
                            """)
                    .when()
                    .post("/sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body("{\"advocateIds\": [\"" + survivor + "\"]}")
                    .when()
                    .post("/sessions/" + session + "/invitations")
                    .then()
                    .statusCode(200);
        }
        send(absorbed, "io.advocacy.advocate.updated.v1", """
                {"advocateId": "%s", "manager": "rita",
                 "lastMention": {"mentionId": "%s", "sentiment": 0.8, "publishedAt": "2026-11-20T10:00:00Z"}}
                """.formatted(absorbed, UUID.randomUUID()));
        send(absorbed, "io.advocacy.advocate.stage-changed.v1", """
                {"advocateId": "%s", "authorKey": "twitter:ada", "previousStage": "active", "stage": "alumni",
                 "changedBy": "maria", "reason": "moved on", "changedAt": "2026-11-20T12:00:00Z"}
                """.formatted(absorbed));
        List<Map<String, Object>> before =
                await().atMost(PATIENCE).until(() -> interactionsOf(absorbed), items -> items.size() == 3);
        String thankYou = idOf(before, "thank-you");
        String reEngagement = idOf(before, "re-engagement");
        String absorbedCheckIn = idOf(before, "check-in");
        assertThat(before).allMatch(i -> "scheduled".equals(i.get("status")));

        String merged = """
                {"mergeId": "%s", "survivorId": "%s", "absorbedId": "%s", "identities": [], "movedIdentities": [],
                 "trigger": "manual", "mergedBy": "maria", "reason": "same person", "mergedAt": "2026-11-23T10:00:00Z"}
                """.formatted(UUID.randomUUID(), survivor, absorbed);
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(ADVOCATES, survivor.toString(), AdvocateMerged.TYPE, eventId, merged);
        topics().sendCloudEvent(ADVOCATES, survivor.toString(), AdvocateMerged.TYPE, eventId, merged);
        // The same merge again under a new id finds nothing left to move.
        send(survivor, AdvocateMerged.TYPE, merged);

        List<Map<String, Object>> after = await().atMost(PATIENCE)
                .until(() -> interactionsOf(survivor), items -> items.stream()
                        .anyMatch(i -> thankYou.equals(i.get("id"))));
        // The survivor's two invitations, their own check-in, the thank-you and the re-engagement.
        assertThat(after).hasSize(5);
        assertThat(statusOf(after, thankYou)).isEqualTo("scheduled");
        // Over the survivor's budget: the re-engagement waits until it is possible.
        assertThat(statusOf(after, reEngagement)).isEqualTo("deferred");
        JsonPath deferred = given().when()
                .get("/interactions/" + reEngagement)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(deferred.getString("deferredReason")).startsWith("merged into " + survivor + ": ask budget reached");
        assertThat(deferred.getString("deferredUntil")).isNotNull();
        // The survivor already had a check-in for that Tuesday: the absorbed's is cancelled and stays theirs.
        List<Map<String, Object>> left = interactionsOf(absorbed);
        assertThat(left).hasSize(1);
        assertThat(left.get(0)).containsEntry("id", absorbedCheckIn).containsEntry("status", "cancelled");

        // The survivor had no preferences: the absorbed's are theirs now; the survivor keeps their own cadence.
        given().when()
                .get("/advocates/" + survivor + "/preferences")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("availability[0].day", equalTo("TUESDAY"));
        given().when()
                .get("/advocates/" + survivor + "/cadence")
                .then()
                .statusCode(200)
                .body("rrule", equalTo("FREQ=WEEKLY;BYDAY=TU"));
    }

    private static void cadence(UUID advocate, String rrule) {
        given().contentType(ContentType.JSON)
                .body("{\"rrule\": \"%s\", \"startsOn\": \"2027-01-01\", \"manager\": \"omar\"}".formatted(rrule))
                .when()
                .put("/advocates/" + advocate + "/cadence")
                .then()
                .statusCode(200);
    }

    private static List<Map<String, Object>> interactionsOf(UUID advocate) {
        return given().queryParam("advocateId", advocate)
                .queryParam("size", 100)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static String idOf(List<Map<String, Object>> items, String kind) {
        return items.stream()
                .filter(i -> kind.equals(i.get("kind")))
                .map(i -> (String) i.get("id"))
                .findFirst()
                .orElseThrow();
    }

    private static String statusOf(List<Map<String, Object>> items, String id) {
        return items.stream()
                .filter(i -> id.equals(i.get("id")))
                .map(i -> (String) i.get("status"))
                .findFirst()
                .orElseThrow();
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    private static void send(UUID advocate, String type, String data) {
        topics().sendCloudEvent(
                        ADVOCATES, advocate.toString(), type, UUID.randomUUID().toString(), data);
    }
}
