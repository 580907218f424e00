package io.advocacy.recognition.reward;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reward carries the disclosure an advocate attaches to what they produce while rewarded; a grant keeps it. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class RewardDisclosureTest {

    private static Map<String, Object> reward(String name, String disclosure) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "code",
                "preview-" + UUID.randomUUID().toString().substring(0, 8),
                "kind",
                "product-preview",
                "name",
                name,
                "description",
                "The next release, two weeks early"));
        if (disclosure != null) {
            body.put("disclosure", disclosure);
        }
        return body;
    }

    @Test
    void aRewardWithoutDisclosureGetsPlainWordsNamingItAndTheProgramme() {
        given().contentType("application/json")
                .body(reward("Lumen 5 preview", null))
                .post("/rewards")
                .then()
                .statusCode(201)
                .body(
                        "disclosure",
                        equalTo(
                                "I received Lumen 5 preview from Advocacy programme. I was not paid, and my opinions are"
                                        + " my own."));
    }

    @Test
    void aGrantKeepsTheDisclosureInForceWhenItWasOffered() {
        String text = "I got the Lumen 5 preview early from Lumen's advocate programme. #ad-free: not paid.";
        String reward = given().contentType("application/json")
                .body(reward("Lumen 5 preview", text))
                .post("/rewards")
                .then()
                .statusCode(201)
                .body("disclosure", equalTo(text))
                .extract()
                .path("id");
        String grant = given().contentType("application/json")
                .body(Map.of("rewardId", reward, "advocateId", UUID.randomUUID().toString()))
                .post("/grants")
                .then()
                .statusCode(201)
                .body("disclosure", equalTo(text))
                .extract()
                .path("id");
        given().get("/grants/" + grant).then().body("disclosure", equalTo(text));
    }

    @Test
    void aDisclosureThatSpeaksOfMoneyOrIsTooShortIsRefusedNamingTheField() {
        given().contentType("application/json")
                .body(reward("Preview", "I received a gift card for this post, thanks Lumen"))
                .post("/rewards")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("disclosure"))
                .body("violations.message", hasItem(containsString("gift card")));
        given().contentType("application/json")
                .body(reward("Preview", "ad"))
                .post("/rewards")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("disclosure"));
    }
}
