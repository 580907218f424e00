package io.advocacy.recognition.reward;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RewardCatalogueTest {

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aProgramAdminAddsANonMonetaryRewardOnce() {
        String code = "beta-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> reward = Map.of(
                "code", code,
                "kind", "early-access",
                "name", "Beta access",
                "description", "Try the next release a month before everyone else");

        given().contentType("application/json")
                .body(reward)
                .post("/rewards")
                .then()
                .statusCode(201)
                .body("code", equalTo(code))
                .body("kind", equalTo("early-access"));
        given().queryParam("size", 200).get("/rewards").then().statusCode(200).body("items.code", hasItem(code));
        given().contentType("application/json")
                .body(reward)
                .post("/rewards")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aMonetaryKindIsRefusedSayingWhy() {
        for (String kind : new String[] {"cash", "gift-card", "commission", "discount-code", "voucher"}) {
            given().contentType("application/json")
                    .body(Map.of("code", "money-" + kind, "kind", kind, "name", "Thanks", "description", "For you"))
                    .post("/rewards")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("kind"))
                    .body("violations.message", hasItem(containsString("monetary")))
                    .body("violations.message", hasItem(containsString("never paid")));
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void monetaryWordingInAnAllowedKindIsRefusedSayingWhy() {
        given().contentType("application/json")
                .body(Map.of(
                        "code", "sneaky-spotlight",
                        "kind", "spotlight",
                        "name", "Spotlight plus a Gift Card",
                        "description", "Featured on the blog, and a 20% discount code"))
                .post("/rewards")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("never money"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("description"))
                .body("violations.message", hasItem(containsString("gift card")))
                .body("violations.message", hasItem(containsString("discount code")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void anUnknownKindIsRefusedListingTheAllowedOnes() {
        given().contentType("application/json")
                .body(Map.of("code", "mystery", "kind", "mystery-box", "name", "Mystery", "description", "A surprise"))
                .post("/rewards")
                .then()
                .statusCode(400)
                .body("violations.message", hasItem(containsString("early-access, council-seat")));
    }

    @Test
    void refusesTheCatalogueWithoutAToken() {
        given().get("/rewards").then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of())
                .post("/rewards")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void onlyAProgramAdminAddsRewards() {
        given().contentType("application/json")
                .body(Map.of("code", "c", "kind", "spotlight", "name", "n", "description", "d"))
                .post("/rewards")
                .then()
                .statusCode(403);
    }
}
