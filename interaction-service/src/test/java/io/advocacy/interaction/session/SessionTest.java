package io.advocacy.interaction.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class SessionTest {

    private static final String INTERACTIONS = "advocacy.interactions";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aGroupCallSeatsThirtyByDefaultAndTheThirtyFirstWaits() {
        String session = createSession("group-call", null, null);
        given().when().get("/sessions/" + session).then().statusCode(200).body("capacity", equalTo(30));

        List<UUID> thirty = people(30);
        JsonPath full = invite(session, thirty);
        assertThat(full.getInt("invited")).isEqualTo(30);
        assertThat(full.getInt("waitlisted")).isZero();
        assertThat(full.getList("participants.status", String.class)).containsOnly("invited");
        assertThat(full.getList("participants.interactionId", String.class)).doesNotContainNull();

        UUID oneOver = UUID.randomUUID();
        JsonPath over = invite(session, List.of(oneOver));
        assertThat(over.getInt("invited")).isEqualTo(30);
        assertThat(over.getInt("waitlisted")).isEqualTo(1);
        assertThat(participant(over, oneOver))
                .containsEntry("status", "waitlisted")
                .containsEntry("position", 31)
                .containsEntry("interactionId", null);

        // Only those holding a seat have an invitation.
        given().queryParam("advocateId", oneOver)
                .when()
                .get("/interactions")
                .then()
                .body("total", equalTo(0));
        given().queryParam("advocateId", thirty.get(29))
                .when()
                .get("/interactions")
                .then()
                .body("items[0].kind", equalTo("group-call"))
                .body("items[0].sessionId", equalTo(session))
                .body("items[0].manager", equalTo("omar"));
    }

    @Test
    void aDeclineGivesTheSeatToTheFirstOnTheWaitlistInOrder() {
        String session = createSession("roundtable", 2, null);
        List<UUID> people = people(4);
        JsonPath added = invite(session, people);
        assertThat(statuses(added, people)).containsExactly("invited", "invited", "waitlisted", "waitlisted");

        // Declined through the session.
        JsonPath afterFirst = given().when()
                .post("/sessions/" + session + "/participants/" + people.get(0) + "/decline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(statuses(afterFirst, people)).containsExactly("declined", "invited", "invited", "waitlisted");
        String firstInvitation = (String) participant(added, people.get(0)).get("interactionId");
        given().when().get("/interactions/" + firstInvitation).then().body("status", equalTo("missed"));
        given().when()
                .get("/interactions/" + firstInvitation + "/outcome")
                .then()
                .body("attendance", equalTo("declined"));

        // Declined through the outcome of the invitation.
        String secondInvitation = (String) participant(added, people.get(1)).get("interactionId");
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"declined\"}")
                .when()
                .post("/interactions/" + secondInvitation + "/outcome")
                .then()
                .statusCode(200);
        JsonPath afterSecond = session(session);
        assertThat(statuses(afterSecond, people)).containsExactly("declined", "declined", "invited", "invited");
        assertThat(afterSecond.getInt("invited")).isEqualTo(2);

        String promoted = (String) participant(afterSecond, people.get(3)).get("interactionId");
        assertThat(promoted).isNotNull();
        var records = topics().readUntil(INTERACTIONS, r -> r.value().contains(promoted), PATIENCE);
        var record = records.get(records.size() - 1);
        assertThat(record.key()).isEqualTo(people.get(3).toString());
        assertThat(EventTopics.header(record, "ce_type")).isEqualTo("io.advocacy.interaction.scheduled.v1");
        assertThat(record.value()).contains("\"kind\":\"roundtable\"").contains("\"sessionId\":\"" + session + "\"");

        // A waitlisted person who declines just leaves the waitlist; declining twice is a conflict.
        given().when()
                .post("/sessions/" + session + "/participants/" + people.get(0) + "/decline")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void fillsBySuitedPreferenceAndAvailabilityInTheirOwnTimeZone() {
        // Tuesday 2026-12-01 15:00 to 16:00 UTC.
        String session = createSession("roundtable", null, null);
        UUID berlin = UUID.randomUUID();
        UUID newYork = UUID.randomUUID();
        UUID tokyo = UUID.randomUUID();
        UUID webcastOnly = UUID.randomUUID();
        UUID paused = UUID.randomUUID();
        UUID anyTime = UUID.randomUUID();
        preferences(berlin, "[\"roundtable\"]", "Europe/Berlin", "TUESDAY", "15:00", "18:00", false);
        preferences(
                newYork, "[\"video-call\", \"roundtable\"]", "America/New_York", "TUESDAY", "09:00", "12:00", false);
        preferences(tokyo, "[\"roundtable\"]", "Asia/Tokyo", "TUESDAY", "09:00", "17:00", false);
        preferences(webcastOnly, "[\"webcast\"]", "Europe/Berlin", null, null, null, false);
        preferences(paused, "[\"roundtable\"]", "Europe/Berlin", null, null, null, true);
        preferences(anyTime, "[\"roundtable\"]", "UTC", null, null, null, false);

        JsonPath filled = given().when()
                .post("/sessions/" + session + "/fill")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> added = filled.getList("participants.advocateId", String.class);
        assertThat(added).contains(berlin.toString(), newYork.toString(), anyTime.toString());
        assertThat(added).doesNotContain(tokyo.toString(), webcastOnly.toString(), paused.toString());
        // Those who rank the format first come before those who rank it second.
        assertThat(added.indexOf(newYork.toString()))
                .isGreaterThan(added.indexOf(berlin.toString()))
                .isGreaterThan(added.indexOf(anyTime.toString()));
        assertThat(participant(filled, berlin)).containsEntry("status", "invited");

        // Filling again adds nobody new and moves nobody.
        JsonPath again = given().when()
                .post("/sessions/" + session + "/fill")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(again.getList("participants.advocateId", String.class)).isEqualTo(added);
    }

    @Test
    void capacitiesComeFromTheFormatAndTheProgramme() {
        given().when()
                .get("/sessions/" + createSession("webcast", null, null))
                .then()
                .body("capacity", equalTo(200));
        given().when()
                .get("/sessions/" + createSession("webcast", null, "small-world"))
                .then()
                .body("capacity", equalTo(120))
                .body("programme", equalTo("small-world"));
        given().contentType(ContentType.JSON)
                .body(sessionBody("group-call", 31, null))
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("capacity"));
        given().contentType(ContentType.JSON)
                .body(sessionBody("webcast", 121, "small-world"))
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("capacity"));
    }

    @Test
    void rejectsAnInvalidSessionNamingEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"format\": \"party\", \"durationMinutes\": 2, \"capacity\": 0}")
                .when()
                .post("/sessions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems("format", "startsAt", "durationMinutes", "manager", "capacity", "topic"));
    }

    @Test
    void anUnknownSessionOrParticipantIsNotFound() {
        given().when().get("/sessions/" + UUID.randomUUID()).then().statusCode(404);
        given().when().post("/sessions/" + UUID.randomUUID() + "/fill").then().statusCode(404);
        String session = createSession("group-call", 5, null);
        given().when()
                .post("/sessions/" + session + "/participants/" + UUID.randomUUID() + "/decline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    @TestSecurity(user = "sam", roles = "integrator")
    void anIntegratorCannotPlanASession() {
        given().contentType(ContentType.JSON)
                .body(sessionBody("group-call", null, null))
                .when()
                .post("/sessions")
                .then()
                .statusCode(403);
    }

    static String createSession(String format, Integer capacity, String programme) {
        return given().contentType(ContentType.JSON)
                .body(sessionBody(format, capacity, programme))
                .when()
                .post("/sessions")
                .then()
                .statusCode(201)
                .body("format", equalTo(format))
                .body("programme", programme == null ? nullValue() : equalTo(programme))
                .extract()
                .path("id");
    }

    static String sessionBody(String format, Integer capacity, String programme) {
        return """
                {"format": "%s", "startsAt": "2026-12-01T15:00:00Z", "durationMinutes": 60, "manager": "omar",
                 "topic": "What is next for Lumen", "capacity": %s, "programme": %s}
                """.formatted(format, capacity, programme == null ? "null" : "\"" + programme + "\"");
    }

    static JsonPath invite(String session, List<UUID> people) {
        String ids = people.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return given().contentType(ContentType.JSON)
                .body("{\"advocateIds\": [" + ids + "]}")
                .when()
                .post("/sessions/" + session + "/invitations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath session(String session) {
        return given().when()
                .get("/sessions/" + session)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> participant(JsonPath session, UUID advocate) {
        return session.getMap("participants.find { it.advocateId == '" + advocate + "' }");
    }

    private static List<String> statuses(JsonPath session, List<UUID> people) {
        List<String> statuses = new ArrayList<>();
        for (UUID person : people) {
            statuses.add((String) participant(session, person).get("status"));
        }
        return statuses;
    }

    static List<UUID> people(int count) {
        return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
    }

    private static void preferences(
            UUID advocate, String media, String zone, String day, String start, String end, boolean paused) {
        String availability = day == null
                ? "[]"
                : "[{\"day\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}]".formatted(day, start, end);
        given().contentType(ContentType.JSON)
                .body("""
                        {"preferredMedia": %s, "timeZone": "%s", "availability": %s, "paused": %s}
                        """.formatted(media, zone, availability, paused))
                .when()
                .put("/advocates/" + advocate + "/preferences")
                .then()
                .statusCode(200);
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }
}
