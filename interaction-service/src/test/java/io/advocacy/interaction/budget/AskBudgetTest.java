package io.advocacy.interaction.budget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default budget: 2 asks within 30 days. An invitation to a session is an ask. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class AskBudgetTest {

    @Test
    void theSecondAskIsMadeAndTheThirdIsDeferredUntilTheFirstLeavesThePeriodWhileTheSeatGoesToTheNext() {
        UUID asked = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        OffsetDateTime before = OffsetDateTime.now();
        assertThat(status(invite(session(5), List.of(asked)), asked)).containsEntry("status", "invited");
        assertThat(status(invite(session(5), List.of(asked)), asked)).containsEntry("status", "invited");

        JsonPath third = invite(session(1), List.of(asked, next));
        Map<String, Object> deferred = status(third, asked);
        assertThat(deferred).containsEntry("status", "deferred").containsEntry("interactionId", null);
        assertThat((String) deferred.get("deferredReason"))
                .contains("ask budget reached: 2 asks")
                .contains("within 30 days (at most 2)");
        assertThat(OffsetDateTime.parse((String) deferred.get("deferredUntil")))
                .isCloseTo(before.plusDays(30), within(1, ChronoUnit.MINUTES));
        // The seat was not held for them: the next person has it.
        assertThat(status(third, next)).containsEntry("status", "invited");
        assertThat(third.getInt("invited")).isEqualTo(1);
        assertThat(third.getInt("deferred")).isEqualTo(1);

        // Nobody else was asked on their behalf, and they got no invitation.
        given().queryParam("advocateId", asked)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind", String.class)
                .forEach(kind -> assertThat(kind).isEqualTo("roundtable"));
        assertThat(given().queryParam("advocateId", asked)
                        .when()
                        .get("/interactions")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("total"))
                .isEqualTo(2);
    }

    @Test
    void someoneOverBudgetOnTheWaitlistIsPassedOverWhenASeatFreesUp() {
        UUID seated = UUID.randomUUID();
        UUID tired = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        invite(session(5), List.of(tired));
        invite(session(5), List.of(tired));

        String session = session(1);
        JsonPath added = invite(session, List.of(seated, tired, waiting));
        assertThat(status(added, seated)).containsEntry("status", "invited");
        assertThat(status(added, tired)).containsEntry("status", "waitlisted");
        assertThat(status(added, waiting)).containsEntry("status", "waitlisted");

        JsonPath afterDecline = given().when()
                .post("/sessions/" + session + "/participants/" + seated + "/decline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(status(afterDecline, tired)).containsEntry("status", "deferred");
        assertThat(status(afterDecline, waiting)).containsEntry("status", "invited");
    }

    private static String session(int capacity) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"format": "roundtable", "startsAt": "2026-12-08T15:00:00Z", "durationMinutes": 60,
                         "manager": "omar", "topic": "Roadmap", "capacity": %d}
                        """.formatted(capacity))
                .when()
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath invite(String session, List<UUID> people) {
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

    private static Map<String, Object> status(JsonPath session, UUID advocate) {
        return session.getMap("participants.find { it.advocateId == '" + advocate + "' }");
    }
}
