package io.advocacy.interaction.preference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreferenceResourceTest {

    /** The advocate the {@code advocate} token of these tests says it is. */
    private static final String SELF = "5c2a0e7e-1d8b-4a55-9a0e-0f6f3c2b9d11";

    private static final String PREFERENCES = """
            {"preferredMedia": ["video-call", "phone-call"], "timeZone": "Europe/Berlin",
             "availability": [{"day": "TUESDAY", "start": "09:00", "end": "12:00"},
                              {"day": "MONDAY", "start": "14:00", "end": "17:30"}],
             "language": "de", "paused": false}
            """;

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagerWritesAndReadsAnAdvocatesPreferences() {
        UUID advocate = UUID.randomUUID();
        put(advocate, PREFERENCES)
                .statusCode(200)
                .body("advocateId", equalTo(advocate.toString()))
                .body("updatedBy", equalTo("maria"));

        given().when()
                .get("/advocates/" + advocate + "/preferences")
                .then()
                .statusCode(200)
                .body("preferredMedia", contains("video-call", "phone-call"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("availability.day", contains("MONDAY", "TUESDAY"))
                .body("availability[0].start", equalTo("14:00:00"))
                .body("availability[0].end", equalTo("17:30:00"))
                .body("language", equalTo("de"))
                .body("paused", equalTo(false));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void writingAgainReplacesThePreferencesAndWindows() {
        UUID advocate = UUID.randomUUID();
        put(advocate, PREFERENCES).statusCode(200);
        put(advocate, """
                        {"preferredMedia": ["webcast"], "timeZone": "America/New_York",
                         "availability": [{"day": "FRIDAY", "start": "10:00", "end": "11:00"}], "paused": true}
                        """).statusCode(200);

        given().when()
                .get("/advocates/" + advocate + "/preferences")
                .then()
                .statusCode(200)
                .body("preferredMedia", contains("webcast"))
                .body("timeZone", equalTo("America/New_York"))
                .body("availability.day", contains("FRIDAY"))
                .body("paused", equalTo(true));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void firstWritesAtOnceTakeTurns() throws Exception {
        UUID advocate = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> writes =
                    pool.invokeAll(Collections.nCopies(4, () -> given().contentType(ContentType.JSON)
                            .body(PREFERENCES)
                            .when()
                            .put("/advocates/" + advocate + "/preferences")
                            .then()
                            .extract()
                            .statusCode()));
            for (Future<Integer> write : writes) {
                assertThat(write.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        given().when()
                .get("/advocates/" + advocate + "/preferences")
                .then()
                .statusCode(200)
                .body("availability.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void anAdvocateWithoutAvailabilityWindowsCanBeReachedAnyTime() {
        UUID advocate = UUID.randomUUID();
        put(advocate, "{\"preferredMedia\": [\"event\"], \"timeZone\": \"Asia/Tokyo\", \"availability\": []}")
                .statusCode(200)
                .body("availability.size()", equalTo(0));
        put(advocate, "{\"preferredMedia\": [\"event\"], \"timeZone\": \"Asia/Tokyo\"}")
                .statusCode(200)
                .body("availability.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void rejectsAnUnknownTimeZoneMediumAndAWindowThatEndsBeforeItStartsNamingTheFields() {
        put(UUID.randomUUID(), """
                        {"preferredMedia": ["carrier-pigeon"], "timeZone": "Mars/Olympus_Mons",
                         "availability": [{"day": "MONDAY", "start": "12:00", "end": "09:00"}], "language": "German"}
                        """)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("timeZone"))
                .body("violations.field", hasItem("preferredMedia[0]"))
                .body("violations.field", hasItem("availability[0].endAfterStart"))
                .body("violations.field", hasItem("language"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void answersPreferencesNeverWrittenWithNotFound() {
        given().when()
                .get("/advocates/" + UUID.randomUUID() + "/preferences")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    @OidcSecurity(claims = @Claim(key = "advocate_id", value = SELF))
    void anAdvocateWritesAndReadsTheirOwnPreferences() {
        put(UUID.fromString(SELF), PREFERENCES).statusCode(200).body("updatedBy", equalTo("ada"));
        given().when()
                .get("/advocates/" + SELF + "/preferences")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    @OidcSecurity(claims = @Claim(key = "advocate_id", value = SELF))
    void anAdvocateCannotTouchSomeoneElsesPreferences() {
        UUID someoneElse = UUID.randomUUID();
        put(someoneElse, PREFERENCES).statusCode(403).contentType("application/problem+json");
        given().when().get("/advocates/" + someoneElse + "/preferences").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void anAdvocateWithoutAnAdvocateIdClaimIsRefused() {
        given().when().get("/advocates/" + SELF + "/preferences").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sam", roles = "integrator")
    void anIntegratorCannotReadPreferences() {
        given().when().get("/advocates/" + SELF + "/preferences").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse put(UUID advocate, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/advocates/" + advocate + "/preferences")
                .then();
    }
}
