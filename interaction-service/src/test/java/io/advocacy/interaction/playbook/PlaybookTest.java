package io.advocacy.interaction.playbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class PlaybookTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final String INTERACTIONS = "advocacy.interactions";
    private static final String STAGE_CHANGED = "io.advocacy.advocate.stage-changed.v1";
    private static final String MENTOR_ASSIGNED = "io.advocacy.advocate.mentor-assigned.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aNewlyOnboardedPersonGetsOneWelcomeHoweverOftenTheEventComes() {
        UUID advocate = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String onboarded = stageChanged(advocate, "invited", "onboarded", "2026-11-20T10:00:00Z");
        topics().sendCloudEvent(ADVOCATES, advocate.toString(), STAGE_CHANGED, eventId, onboarded);
        topics().sendCloudEvent(ADVOCATES, advocate.toString(), STAGE_CHANGED, eventId, onboarded);
        // The same change published again under a new id is still the same trigger.
        send(advocate, STAGE_CHANGED, onboarded);
        // Events about one person are consumed in order: once this one is done, the ones before it are too.
        send(advocate, STAGE_CHANGED, stageChanged(advocate, "active", "alumni", "2026-11-21T10:00:00Z"));

        JsonPath page = awaitInteractions(advocate, 2);
        assertThat(page.getList("items.kind", String.class)).containsExactly("welcome", "re-engagement");
        assertThat(page.getString("items[0].reason")).isEqualTo("welcome to the programme");
        assertThat(page.getString("items[0].manager")).isEqualTo("demo-manager");
        assertThat(page.getString("items[0].triggeredAt")).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(OffsetDateTime.parse(page.getString("items[0].dueAt")))
                .isCloseTo(OffsetDateTime.now().plusDays(7), within(2, ChronoUnit.MINUTES));
        assertThat(page.getString("items[1].reason")).isEqualTo("re-engagement: became alumni (moved on)");
        assertThat(OffsetDateTime.parse(page.getString("items[1].dueAt")))
                .isCloseTo(OffsetDateTime.now().plusDays(14), within(2, ChronoUnit.MINUTES));

        String key = advocate.toString();
        var published = topics()
                .readUntil(
                        INTERACTIONS,
                        r -> key.equals(r.key()) && r.value().contains("\"kind\":\"re-engagement\""),
                        PATIENCE)
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(published)
                .filteredOn(r -> r.value().contains("\"kind\":\"welcome\""))
                .hasSize(1);
    }

    @Test
    void onlyOnboardingAndAlumniSetOffTheirPlaybooks() {
        UUID advocate = UUID.randomUUID();
        send(advocate, STAGE_CHANGED, stageChanged(advocate, "discovered", "invited", "2026-11-20T10:00:00Z"));
        send(advocate, STAGE_CHANGED, stageChanged(advocate, "onboarded", "active", "2026-11-20T11:00:00Z"));
        send(advocate, STAGE_CHANGED, stageChanged(advocate, "active", "alumni", "2026-11-20T12:00:00Z"));

        JsonPath page = awaitInteractions(advocate, 1);
        assertThat(page.getList("items.kind", String.class)).containsExactly("re-engagement");
    }

    @Test
    void theWelcomeBringsTheMentorAlongWhetherTheyAreKnownBeforeOrAfter() {
        UUID before = UUID.randomUUID();
        UUID mentorBefore = UUID.randomUUID();
        send(before, MENTOR_ASSIGNED, mentorAssigned(before, mentorBefore));
        send(before, STAGE_CHANGED, stageChanged(before, "invited", "onboarded", "2026-11-20T10:00:00Z"));
        assertThat(awaitInteractions(before, 1).getString("items[0].mentorId")).isEqualTo(mentorBefore.toString());

        UUID after = UUID.randomUUID();
        UUID mentorAfter = UUID.randomUUID();
        send(after, STAGE_CHANGED, stageChanged(after, "invited", "onboarded", "2026-11-20T10:00:00Z"));
        JsonPath welcome = awaitInteractions(after, 1);
        assertThat(welcome.getString("items[0].mentorId")).isNull();
        String id = welcome.getString("items[0].id");

        send(after, MENTOR_ASSIGNED, mentorAssigned(after, mentorAfter));
        await().atMost(PATIENCE)
                .until(
                        () -> given().when()
                                .get("/interactions/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("mentorId"),
                        mentorAfter.toString()::equals);
        // The planned event changed: its SEQUENCE went up.
        String feed = given().when()
                .get("/advocates/" + after + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(feed).contains("SEQUENCE:1").contains(mentorAfter.toString());
    }

    @Test
    void aReEngagementOverTheAskBudgetIsDeferredNotDropped() {
        UUID advocate = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            String session = given().contentType(ContentType.JSON)
                    .body("""
                            {"format": "webcast", "startsAt": "2026-12-10T17:00:00Z", "durationMinutes": 60,
                             "manager": "omar", "topic": "Release notes"}
                            """)
                    .when()
                    .post("/sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body("{\"advocateIds\": [\"" + advocate + "\"]}")
                    .when()
                    .post("/sessions/" + session + "/invitations")
                    .then()
                    .statusCode(200);
        }
        OffsetDateTime before = OffsetDateTime.now();
        send(advocate, STAGE_CHANGED, stageChanged(advocate, "active", "alumni", "2026-11-20T12:00:00Z"));

        JsonPath page = awaitInteractions(advocate, 3);
        String reEngagement = "items.find { it.kind == 're-engagement' }.";
        assertThat(page.getString(reEngagement + "status")).isEqualTo("deferred");
        assertThat(page.getString(reEngagement + "deferredReason")).contains("ask budget reached: 2 asks");
        assertThat(OffsetDateTime.parse(page.getString(reEngagement + "deferredUntil")))
                .isCloseTo(before.plusDays(30), within(2, ChronoUnit.MINUTES));
    }

    @Test
    void aThankYousResponseTimeRunsFromTheMentionToItsOutcome() {
        UUID advocate = UUID.randomUUID();
        OffsetDateTime published =
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(2).truncatedTo(ChronoUnit.SECONDS);
        send(advocate, "io.advocacy.advocate.updated.v1", """
                {"advocateId": "%s", "manager": "rita",
                 "lastMention": {"mentionId": "%s", "sentiment": 0.8, "publishedAt": "%s"}}
                """.formatted(advocate, UUID.randomUUID(), published));
        String id = awaitInteractions(advocate, 1).getString("items[0].id");

        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"attended\"}")
                .when()
                .post("/interactions/" + id + "/outcome")
                .then()
                .statusCode(200);

        JsonPath times = given().queryParam("kind", "thank-you")
                .queryParam("manager", "rita")
                .when()
                .get("/kpis/response-times")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(times.getInt("completed")).isEqualTo(1);
        assertThat(times.getDouble("medianMinutes")).isCloseTo(120.0, within(2.0));
        assertThat(times.getDouble("p90Minutes")).isEqualTo(times.getDouble("medianMinutes"));
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    private static void send(UUID advocate, String type, String data) {
        topics().sendCloudEvent(
                        ADVOCATES, advocate.toString(), type, UUID.randomUUID().toString(), data);
    }

    private static JsonPath awaitInteractions(UUID advocate, int count) {
        return await().atMost(PATIENCE)
                .until(
                        () -> given().queryParam("advocateId", advocate)
                                .when()
                                .get("/interactions")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        page -> page.getInt("total") == count);
    }

    private static String stageChanged(UUID advocate, String from, String to, String at) {
        return """
                {"advocateId": "%s", "authorKey": "twitter:ada", "previousStage": "%s", "stage": "%s",
                 "changedBy": "maria", "reason": "moved on", "changedAt": "%s"}
                """.formatted(advocate, from, to, at);
    }

    private static String mentorAssigned(UUID advocate, UUID mentor) {
        return "{\"advocateId\": \"%s\", \"mentorId\": \"%s\"}".formatted(advocate, mentor);
    }
}
