package io.advocacy.interaction.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * A manager's weekly limit counts the weeks of their own time zone: kim works in Berlin and takes two interactions a
 * week (each session she hosts counts once). Berlin starts summer time on Sunday 2027-03-28, so her week from Monday
 * 2027-03-22 runs from 2027-03-21T23:00Z to 2027-03-28T22:00Z: 167 hours.
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "program-admin")
class ManagerTimeZoneTest {

    @Test
    void aManagersWeekRunsFromMondayToMondayInTheirTimeZoneAcrossTheStartOfSummerTime() {
        // Monday 00:30 in Berlin, still Sunday in UTC: her week 2027-W12, not the UTC week before.
        session("2027-03-21T23:30:00Z").statusCode(201);
        // Sunday 23:30 in Berlin, after the clocks went forward: still her week 2027-W12.
        session("2027-03-28T21:30:00Z").statusCode(201);

        // Counted in UTC weeks, W12 would hold one session and take this one; in Berlin it is full.
        session("2027-03-25T12:00:00Z")
                .statusCode(409)
                .body("detail", containsString("manager kim already has 2 interactions in week 2027-W12 (limit 2)"));

        // Monday 00:30 in Berlin (summer time): her next week has begun, an hour earlier in UTC than a week ago.
        session("2027-03-28T22:30:00Z").statusCode(201);
        // Monday 01:30 in Berlin: W13 is full with it.
        session("2027-03-28T23:30:00Z").statusCode(201);
        session("2027-03-29T12:00:00Z").statusCode(409).body("detail", containsString("in week 2027-W13 (limit 2)"));
    }

    private static ValidatableResponse session(String startsAt) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"format": "group-call", "startsAt": "%s", "durationMinutes": 30, "manager": "kim",
                         "topic": "Office hours"}
                        """.formatted(startsAt))
                .when()
                .post("/sessions")
                .then();
    }
}
