package io.advocacy.interaction.cadence;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class ManagerConsistencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aManagersInteractionsAreCountedKeptLateMissedAndUpcomingWithTheirThankYouTimes() {
        JsonPath none = consistencyOf("cora");
        assertThat(none.getInt("kept") + none.getInt("upcoming")).isZero();
        assertThat(none.getString("score")).isNull();
        assertThat(none.getInt("thankYouResponseTimes.completed")).isZero();

        List<String> thankYous = List.of(thankYou("cora"), thankYou("cora"), thankYou("cora"));
        outcome(thankYous.get(0), "attended");
        outcome(thankYous.get(1), "no-show");

        // A check-in due long ago and done today is late.
        UUID advocate = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"rrule\": \"FREQ=YEARLY\", \"startsOn\": \"2026-01-05\", \"manager\": \"cora\"}")
                .when()
                .put("/advocates/" + advocate + "/cadence")
                .then()
                .statusCode(200);
        given().queryParam("from", "2026-01-05T00:00:00Z")
                .queryParam("until", "2026-01-06T00:00:00Z")
                .when()
                .post("/cadence/plan")
                .then()
                .statusCode(200);
        String checkIn = given().queryParam("advocateId", advocate)
                .when()
                .get("/interactions")
                .then()
                .extract()
                .path("items[0].id");
        outcome(checkIn, "attended");

        JsonPath consistency = consistencyOf("cora");
        assertThat(consistency.getString("manager")).isEqualTo("cora");
        assertThat(consistency.getInt("kept")).isEqualTo(1);
        assertThat(consistency.getInt("late")).isEqualTo(1);
        assertThat(consistency.getInt("missed")).isEqualTo(1);
        assertThat(consistency.getInt("upcoming")).isEqualTo(1);
        assertThat(consistency.getDouble("score")).isCloseTo(1.0 / 3, within(0.001));
        assertThat(consistency.getInt("thankYouResponseTimes.completed")).isEqualTo(1);
        assertThat(consistency.getDouble("thankYouResponseTimes.medianMinutes")).isCloseTo(90.0, within(2.0));

        // Another manager's are their own.
        assertThat(consistencyOf("nobody-" + UUID.randomUUID()).getInt("missed"))
                .isZero();
    }

    private static JsonPath consistencyOf(String manager) {
        return given().when()
                .get("/managers/" + manager + "/consistency")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void outcome(String interaction, String attendance) {
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"" + attendance + "\"}")
                .when()
                .post("/interactions/" + interaction + "/outcome")
                .then()
                .statusCode(200);
    }

    /** A thank-you for a mention published 90 minutes ago, for the manager. */
    private static String thankYou(String manager) {
        UUID advocate = UUID.randomUUID();
        new EventTopics(RealInfrastructure.kafka().bootstrapServers())
                .sendCloudEvent(
                        "advocacy.advocates",
                        advocate.toString(),
                        "io.advocacy.advocate.updated.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"advocateId": "%s", "manager": "%s",
                         "lastMention": {"mentionId": "%s", "sentiment": 0.9, "publishedAt": "%s"}}
                        """.formatted(
                                        advocate,
                                        manager,
                                        UUID.randomUUID(),
                                        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(90)));
        return await().atMost(PATIENCE)
                .until(
                        () -> given().queryParam("advocateId", advocate)
                                .when()
                                .get("/interactions")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("items[0].id"),
                        found -> found != null);
    }
}
