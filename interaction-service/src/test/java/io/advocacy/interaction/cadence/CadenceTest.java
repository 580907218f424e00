package io.advocacy.interaction.cadence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class CadenceTest {

    @Test
    void aRuleIcal4jCannotReadIsABadRequestNamingRrule() {
        putCadence(UUID.randomUUID(), "{\"rrule\": \"FREQ=SOMETIMES;BYDAY=1TU\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("rrule"));
        putCadence(UUID.randomUUID(), "{\"rrule\": \"FREQ=HOURLY\"}")
                .statusCode(400)
                .body("violations.field", hasItem("rrule"))
                .body("detail", containsString("daily at most"));
    }

    @Test
    void storesACadenceWithItsDefaults() {
        UUID advocate = UUID.randomUUID();
        putCadence(advocate, "{\"rrule\": \"FREQ=MONTHLY;BYDAY=1TU\"}").statusCode(200);

        given().when()
                .get("/advocates/" + advocate + "/cadence")
                .then()
                .statusCode(200)
                .body("rrule", equalTo("FREQ=MONTHLY;BYDAY=1TU"))
                .body("time", equalTo("10:00:00"))
                .body("durationMinutes", equalTo(30))
                .body("startsOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("manager", nullValue());
    }

    @Test
    void checkInsKeepTheirLocalTimeAcrossTheEndOfDaylightSavingTime() {
        UUID advocate = UUID.randomUUID();
        putPreferences(advocate, "Europe/Berlin", "[]", false);
        putCadence(advocate, """
                        {"rrule": "FREQ=WEEKLY;BYDAY=TU", "startsOn": "2026-10-13", "time": "10:00",
                         "durationMinutes": 45, "manager": "omar"}
                        """).statusCode(200);

        plan("2026-10-01T00:00:00Z", "2026-11-05T00:00:00Z").statusCode(200);

        JsonPath checkIns = checkInsOf(advocate);
        List<OffsetDateTime> due = checkIns.getList("items.dueAt", String.class).stream()
                .map(OffsetDateTime::parse)
                .toList();
        // Berlin leaves summer time on 2026-10-25: 10:00 local is 08:00 UTC before it and 09:00 UTC after.
        assertThat(due)
                .extracting(OffsetDateTime::toInstant)
                .containsExactly(
                        OffsetDateTime.parse("2026-10-13T08:00:00Z").toInstant(),
                        OffsetDateTime.parse("2026-10-20T08:00:00Z").toInstant(),
                        OffsetDateTime.parse("2026-10-27T09:00:00Z").toInstant(),
                        OffsetDateTime.parse("2026-11-03T09:00:00Z").toInstant());
        assertThat(due)
                .extracting(d -> d.atZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalTime())
                .containsOnly(LocalTime.of(10, 0));
        assertThat(checkIns.getList("items.kind", String.class)).containsOnly("check-in");
        assertThat(checkIns.getList("items.manager", String.class)).containsOnly("omar");
    }

    @Test
    void planningAgainCreatesNothingNew() {
        UUID advocate = UUID.randomUUID();
        putCadence(advocate, "{\"rrule\": \"FREQ=DAILY\", \"startsOn\": \"2026-09-01\"}")
                .statusCode(200);
        plan("2026-09-01T00:00:00Z", "2026-09-08T00:00:00Z").statusCode(200);
        assertThat(checkInsOf(advocate).getInt("total")).isEqualTo(7);

        plan("2026-09-01T00:00:00Z", "2026-09-08T00:00:00Z").statusCode(200).body("planned", equalTo(0));
        assertThat(checkInsOf(advocate).getInt("total")).isEqualTo(7);
    }

    @Test
    void planningRunsAtOnceTakeTurnsAndPlanEachCheckInOnce() throws Exception {
        UUID advocate = UUID.randomUUID();
        putCadence(advocate, "{\"rrule\": \"FREQ=DAILY\", \"startsOn\": \"2026-05-01\"}")
                .statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs =
                    pool.invokeAll(Collections.nCopies(3, () -> given().queryParam("from", "2026-05-01T00:00:00Z")
                            .queryParam("until", "2026-05-11T00:00:00Z")
                            .when()
                            .post("/cadence/plan")
                            .then()
                            .extract()
                            .statusCode()));
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(checkInsOf(advocate).getInt("total")).isEqualTo(10);
    }

    @Test
    void aCheckInMovesIntoTheAdvocatesAvailability() {
        UUID advocate = UUID.randomUUID();
        putPreferences(
                advocate,
                "America/New_York",
                "[{\"day\": \"WEDNESDAY\", \"start\": \"14:00\", \"end\": \"16:00\"}]",
                false);
        putCadence(advocate, "{\"rrule\": \"FREQ=WEEKLY;BYDAY=TU\", \"startsOn\": \"2026-06-01\"}")
                .statusCode(200);

        plan("2026-06-01T00:00:00Z", "2026-06-15T00:00:00Z").statusCode(200);

        List<ZonedDateTime> due = checkInsOf(advocate).getList("items.dueAt", String.class).stream()
                .map(d -> OffsetDateTime.parse(d).atZoneSameInstant(ZoneId.of("America/New_York")))
                .toList();
        assertThat(due).hasSize(2);
        assertThat(due).extracting(ZonedDateTime::getDayOfWeek).containsOnly(DayOfWeek.WEDNESDAY);
        assertThat(due).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(14, 0));
    }

    @Test
    void anAdvocateWhoPausedContactGetsNoCheckIns() {
        UUID advocate = UUID.randomUUID();
        putPreferences(advocate, "Europe/Paris", "[]", true);
        putCadence(advocate, "{\"rrule\": \"FREQ=DAILY\", \"startsOn\": \"2026-08-01\"}")
                .statusCode(200);

        plan("2026-08-01T00:00:00Z", "2026-08-05T00:00:00Z").statusCode(200);

        assertThat(checkInsOf(advocate).getInt("total")).isZero();
    }

    @Test
    void consistencyCountsKeptLateAndMissedCheckIns() {
        UUID advocate = UUID.randomUUID();
        putCadence(advocate, "{\"rrule\": \"FREQ=DAILY;COUNT=3\", \"startsOn\": \"2026-07-01\"}")
                .statusCode(200);
        plan("2026-06-30T00:00:00Z", "2026-07-10T00:00:00Z").statusCode(200);
        List<String> past = checkInsOf(advocate).getList("items.id", String.class);
        assertThat(past).hasSize(3);
        recordOutcome(past.get(0), "attended");
        recordOutcome(past.get(1), "no-show");

        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        putCadence(advocate, "{\"rrule\": \"FREQ=DAILY;COUNT=1\", \"startsOn\": \"" + tomorrow + "\"}")
                .statusCode(200);
        given().queryParam(
                        "until", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString())
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200);
        List<String> all = checkInsOf(advocate).getList("items.id", String.class);
        assertThat(all).hasSize(4);
        recordOutcome(all.get(3), "attended");

        JsonPath consistency = given().when()
                .get("/advocates/" + advocate + "/consistency")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(consistency.getInt("kept")).isEqualTo(1);
        assertThat(consistency.getInt("late")).isEqualTo(1);
        assertThat(consistency.getInt("missed")).isEqualTo(1);
        assertThat(consistency.getInt("upcoming")).isEqualTo(1);
        assertThat(consistency.getDouble("score")).isCloseTo(1.0 / 3, within(0.0001));
    }

    @Test
    void planningNeedsAnUntilAfterFrom() {
        plan("2026-10-01T00:00:00Z", "2026-09-01T00:00:00Z")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("until"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "integrator")
    void anIntegratorCannotPlan() {
        plan("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z").statusCode(403);
    }

    private static ValidatableResponse putCadence(UUID advocate, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/advocates/" + advocate + "/cadence")
                .then();
    }

    private static void putPreferences(UUID advocate, String timeZone, String availability, boolean paused) {
        given().contentType(ContentType.JSON)
                .body("""
                        {"preferredMedia": ["video-call"], "timeZone": "%s", "availability": %s, "paused": %s}
                        """.formatted(timeZone, availability, paused))
                .when()
                .put("/advocates/" + advocate + "/preferences")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse plan(String from, String until) {
        return given().queryParam("from", from)
                .queryParam("until", until)
                .when()
                .post("/cadence/plan")
                .then();
    }

    private static void recordOutcome(String interaction, String attendance) {
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"" + attendance + "\"}")
                .when()
                .post("/interactions/" + interaction + "/outcome")
                .then()
                .statusCode(200);
    }

    private static JsonPath checkInsOf(UUID advocate) {
        return given().queryParam("advocateId", advocate)
                .queryParam("size", 200)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
