package io.advocacy.interaction.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "maria", roles = "advocate-manager")
class OutcomeTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final String INTERACTIONS = "advocacy.interactions";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anAttendedInteractionIsCompletedWithItsFeedbackAndPublished() {
        UUID advocate = UUID.randomUUID();
        String id = scheduledInteraction(advocate);

        given().contentType(ContentType.JSON)
                .body("""
                        {"attendance": "attended",
                         "feedback": {"topic": "onboarding", "sentiment": 2, "text": "Loved the new app"}}
                        """)
                .when()
                .post("/interactions/" + id + "/outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("completed"))
                .body("attendance", equalTo("attended"))
                .body("feedback.topic", equalTo("onboarding"))
                .body("feedback.sentiment", equalTo(2))
                .body("recordedBy", equalTo("maria"));

        given().when().get("/interactions/" + id).then().statusCode(200).body("status", equalTo("completed"));
        given().when()
                .get("/interactions/" + id + "/outcome")
                .then()
                .statusCode(200)
                .body("feedback.text", equalTo("Loved the new app"));

        var records = topics().readUntil(
                        INTERACTIONS, r -> r.value().contains(id) && r.value().contains("\"attendance\""), PATIENCE);
        var record = records.get(records.size() - 1);
        assertThat(record.key()).isEqualTo(advocate.toString());
        assertThat(EventTopics.header(record, "ce_type")).isEqualTo("io.advocacy.interaction.completed.v1");
        assertThat(record.value())
                .contains("\"attendance\":\"attended\"")
                .contains("\"sentiment\":2")
                .contains("\"recordedBy\":\"maria\"");
    }

    @Test
    void aNoShowIsMissedAndPublishedAsMissed() {
        UUID advocate = UUID.randomUUID();
        String id = scheduledInteraction(advocate);

        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"no-show\"}")
                .when()
                .post("/interactions/" + id + "/outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("missed"))
                .body("feedback", nullValue());

        var records = topics().readUntil(
                        INTERACTIONS, r -> r.value().contains(id) && r.value().contains("\"attendance\""), PATIENCE);
        assertThat(EventTopics.header(records.get(records.size() - 1), "ce_type"))
                .isEqualTo("io.advocacy.interaction.missed.v1");
    }

    @Test
    void aDeclinedInteractionIsMissed() {
        String id = scheduledInteraction(UUID.randomUUID());

        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"declined\"}")
                .when()
                .post("/interactions/" + id + "/outcome")
                .then()
                .statusCode(200)
                .body("status", equalTo("missed"));
    }

    @Test
    void recordingAnOutcomeTwiceIsAConflict() {
        String id = scheduledInteraction(UUID.randomUUID());
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"attended\"}")
                .when()
                .post("/interactions/" + id + "/outcome")
                .then()
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"no-show\"}")
                .when()
                .post("/interactions/" + id + "/outcome")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already recorded"));
        given().when().get("/interactions/" + id).then().body("status", equalTo("completed"));
    }

    @Test
    void rejectsAnUnknownAttendanceAndASentimentOutOfRangeNamingTheFields() {
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"maybe\", \"feedback\": {\"topic\": \"pricing\", \"sentiment\": 3}}")
                .when()
                .post("/interactions/" + UUID.randomUUID() + "/outcome")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("attendance"))
                .body("violations.field", hasItem("feedback.sentiment"));
    }

    @Test
    void answersTheOutcomeOfAnUnknownInteractionWithNotFound() {
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"attended\"}")
                .when()
                .post("/interactions/" + UUID.randomUUID() + "/outcome")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "sam", roles = "integrator")
    void anIntegratorCannotRecordAnOutcome() {
        given().contentType(ContentType.JSON)
                .body("{\"attendance\": \"attended\"}")
                .when()
                .post("/interactions/" + UUID.randomUUID() + "/outcome")
                .then()
                .statusCode(403);
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    /** Has a thank-you scheduled for the person through their event, and answers its id. */
    private static String scheduledInteraction(UUID advocate) {
        UUID mention = UUID.randomUUID();
        String data = """
                {"advocateId": "%s", "lastMention": {"mentionId": "%s", "sentiment": 0.8}}
                """.formatted(advocate, mention);
        topics().sendCloudEvent(
                        ADVOCATES,
                        advocate.toString(),
                        "io.advocacy.advocate.updated.v1",
                        UUID.randomUUID().toString(),
                        data);
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
