package io.advocacy.interaction.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The managers bea, pat and sue keep the default limit of 30 interactions a week (see application.properties). */
@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class ManagerWeeklyLimitTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void theThirtyFirstThankYouOfAWeekMovesToTheNextWeekSayingWhy() {
        List<UUID> people =
                IntStream.range(0, 31).mapToObj(i -> UUID.randomUUID()).toList();
        for (UUID person : people) {
            String data = """
                    {"advocateId": "%s", "manager": "bea",
                     "lastMention": {"mentionId": "%s", "sentiment": 0.8}}
                    """.formatted(person, UUID.randomUUID());
            topics().sendCloudEvent(
                            ADVOCATES,
                            person.toString(),
                            "io.advocacy.advocate.updated.v1",
                            UUID.randomUUID().toString(),
                            data);
        }

        JsonPath all = await().atMost(PATIENCE).until(() -> interactionsOf("bea"), page -> page.getInt("total") == 31);
        List<Map<String, Object>> items = all.getList("items");
        List<Map<String, Object>> moved =
                items.stream().filter(i -> i.get("deferredReason") != null).toList();
        List<Map<String, Object>> kept =
                items.stream().filter(i -> i.get("deferredReason") == null).toList();
        assertThat(kept).hasSize(30);
        assertThat(moved).hasSize(1);
        assertThat(moved.get(0).get("status")).isEqualTo("scheduled");
        assertThat((String) moved.get(0).get("deferredReason"))
                .contains("manager bea already has 30 interactions in week")
                .contains("(limit 30)")
                .contains("moved to week");

        OffsetDateTime weekOfTheThirty =
                monday(OffsetDateTime.parse((String) kept.get(0).get("dueAt")));
        assertThat(kept).allSatisfy(i -> assertThat(monday(OffsetDateTime.parse((String) i.get("dueAt"))))
                .isEqualTo(weekOfTheThirty));
        assertThat(monday(OffsetDateTime.parse((String) moved.get(0).get("dueAt"))))
                .isEqualTo(weekOfTheThirty.plusWeeks(1));
    }

    @Test
    void planningPlacesThirtyCheckInsInAManagersWeekAndListsTheThirtyFirstWithWhy() {
        List<UUID> people =
                IntStream.range(0, 31).mapToObj(i -> UUID.randomUUID()).toList();
        for (UUID person : people) {
            given().contentType(ContentType.JSON)
                    .body("""
                            {"rrule": "FREQ=WEEKLY;BYDAY=WE", "startsOn": "2027-03-03", "manager": "pat"}
                            """)
                    .when()
                    .put("/advocates/" + person + "/cadence")
                    .then()
                    .statusCode(200);
        }

        JsonPath plan = given().queryParam("from", "2027-03-01T00:00:00Z")
                .queryParam("until", "2027-03-08T00:00:00Z")
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<Map<String, Object>> unplaced = plan.getList("unplaced");
        List<Map<String, Object>> ofPat =
                unplaced.stream().filter(u -> "pat".equals(u.get("manager"))).toList();
        assertThat(ofPat).hasSize(1);
        assertThat(people.stream().map(UUID::toString))
                .contains((String) ofPat.get(0).get("advocateId"));
        assertThat(ofPat.get(0).get("occurrenceOn")).isEqualTo("2027-03-03");
        assertThat((String) ofPat.get(0).get("reason"))
                .isEqualTo("manager pat already has 30 interactions in week 2027-W09 (limit 30)");
        assertThat(interactionsOf("pat").getInt("total")).isEqualTo(30);

        // Planning again plans nothing new and still says who is left out.
        JsonPath again = given().queryParam("from", "2027-03-01T00:00:00Z")
                .queryParam("until", "2027-03-08T00:00:00Z")
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(again.getList("unplaced.manager", String.class)).containsOnlyOnce("pat");
        assertThat(interactionsOf("pat").getInt("total")).isEqualTo(30);
    }

    @Test
    void aManagersThirtyFirstSessionOfAWeekIsRefusedSayingWhy() {
        for (int i = 0; i < 30; i++) {
            createSession("2027-05-0" + (3 + i % 5) + "T1" + (i % 10) + ":00:00Z")
                    .statusCode(201);
        }
        createSession("2027-05-09T23:00:00Z")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("manager sue already has 30 interactions in week 2027-W18 (limit 30)"));
        // The next week has room.
        createSession("2027-05-10T00:00:00Z").statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse createSession(String startsAt) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"format": "group-call", "startsAt": "%s", "durationMinutes": 30, "manager": "sue",
                         "topic": "Office hours"}
                        """.formatted(startsAt))
                .when()
                .post("/sessions")
                .then();
    }

    private static OffsetDateTime monday(OffsetDateTime moment) {
        return moment.withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay()
                .atOffset(ZoneOffset.UTC);
    }

    private static JsonPath interactionsOf(String manager) {
        return given().queryParam("manager", manager)
                .queryParam("size", 200)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }
}
