package io.advocacy.recognition.spotlight;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.advocacy.recognition.Recognition.awards;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.advocacy.recognition.Recognition;
import io.advocacy.recognition.award.AdvocateUpdates;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "demo-manager",
        roles = {"advocate-manager", "program-admin"})
class SpotlightTest {

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    @Test
    void positiveContentIsProposedBestFirstByReachAndSentiment() {
        UUID ada = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        UUID loud = UUID.randomUUID();
        UUID negative = UUID.randomUUID();
        mention(ada, 10, quiet, 0.9);
        mention(ada, 100_000, loud, 0.5);
        mention(ada, 100_000, negative, -0.6);
        mention(ada, 10, quiet, 0.9);
        awaitFacts(ada, 3);

        List<String> queue = given().queryParam("advocateId", ada.toString())
                .get("/spotlight")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .jsonPath()
                .getList("items.mentionId", String.class);
        // 0.5 * (1 + log10(100,001)) = 3.0 beats 0.9 * (1 + log10(11)) = 1.84
        assertThat(queue).containsExactly(loud.toString(), quiet.toString());
        given().queryParam("advocateId", ada.toString())
                .get("/spotlight")
                .then()
                .body("items[0].url", equalTo("https://twitter.example/" + loud))
                .body("items[0].followers", equalTo(100_000))
                .body("items[0].status", equalTo("proposed"));
    }

    @Test
    void featuringNeedsApprovalAndConfirmedConsentAndIsRecognised() {
        String badge = recognition.badge("featured", "{\"event\": \"featured\"}");
        UUID ada = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        mention(ada, 500, mention, 0.8);
        String id = Awaitility.await()
                .atMost(Recognition.WAIT)
                .until(
                        () -> given().queryParam("advocateId", ada.toString())
                                .get("/spotlight")
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("items[0].id"),
                        found -> found != null);

        given().contentType("application/json")
                .body("{\"consentConfirmed\": true}")
                .post("/spotlight/" + id + "/feature")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"note\": \"great post\"}")
                .post("/spotlight/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("approved"))
                .body("decidedBy", equalTo("demo-manager"));
        given().contentType("application/json")
                .body("{\"consentConfirmed\": false}")
                .post("/spotlight/" + id + "/feature")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("consentConfirmed"));
        given().contentType("application/json")
                .body("{}")
                .post("/spotlight/" + id + "/feature")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("consentConfirmed"));
        assertThat(awards(ada, badge)).isEmpty();

        given().contentType("application/json")
                .body("{\"consentConfirmed\": true, \"note\": \"on the brand blog; spotlight consent checked\"}")
                .post("/spotlight/" + id + "/feature")
                .then()
                .statusCode(200)
                .body("status", equalTo("featured"))
                .body("consentConfirmedBy", equalTo("demo-manager"))
                .body("consentConfirmedAt", notNullValue())
                .body("featuredAt", notNullValue());
        awaitFacts(ada, 2);
        assertThat(awards(ada, badge)).singleElement().satisfies(award -> assertThat(award.get("reason"))
                .isEqualTo("met " + badge + " " + id));
        given().get("/advocates/" + ada + "/facts").then().body("items.kind", hasItem("featured"));

        given().contentType("application/json")
                .body("{\"consentConfirmed\": true}")
                .post("/spotlight/" + id + "/feature")
                .then()
                .statusCode(409);
        given().contentType("application/json")
                .body("{}")
                .post("/spotlight/" + id + "/dismiss")
                .then()
                .statusCode(409);
        given().queryParam("status", "featured")
                .queryParam("advocateId", ada.toString())
                .get("/spotlight")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void onlyManagersAndAdminsWorkTheQueue() {
        given().get("/spotlight").then().statusCode(403);
        given().contentType("application/json")
                .body("{\"consentConfirmed\": true}")
                .post("/spotlight/" + UUID.randomUUID() + "/feature")
                .then()
                .statusCode(403);
    }

    @Test
    void anUnknownProposalIsA404AndABadStatusA400() {
        given().get("/spotlight/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("status", "maybe")
                .get("/spotlight")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("status"));
    }

    private static void mention(UUID advocate, int followers, UUID mention, double sentiment) {
        Recognition.send(
                Recognition.ADVOCATES,
                advocate,
                AdvocateUpdates.TYPE,
                AdvocateUpdates.json(advocate, followers, 1, mention, sentiment, "2026-11-20T10:00:00Z"));
    }
}
