package io.advocacy.recognition.reward;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class RewardGrantTest {

    @Test
    void aGrantMovesThroughFulfilmentAndEveryMoveIsInTheLedger() {
        String grant = offer(reward());

        move(grant, "accepted", "said yes").statusCode(200).body("status", equalTo("accepted"));
        move(grant, "fulfilled", "seat at the March council").statusCode(200).body("status", equalTo("fulfilled"));

        given().get("/grants/" + grant)
                .then()
                .statusCode(200)
                .body("ledger.status", contains("offered", "accepted", "fulfilled"))
                .body("ledger.note", contains("for the launch thread", "said yes", "seat at the March council"))
                .body("ledger.actor", everyItem(equalTo("admin")));
    }

    @Test
    void aMoveFulfilmentDoesNotAllowIsA409NamingTheAllowedOnes() {
        String grant = offer(reward());

        move(grant, "fulfilled", null)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("accepted, declined, cancelled"));
        move(grant, "declined", null).statusCode(200);
        move(grant, "accepted", null).statusCode(409).body("detail", containsString("nothing"));
        move(grant, "paid", null).statusCode(400).body("violations.field", hasItem("status"));
    }

    @Test
    void grantingAnUnknownRewardOrReadingAnUnknownGrantIsA404() {
        given().contentType("application/json")
                .body(Map.of(
                        "rewardId",
                        UUID.randomUUID().toString(),
                        "advocateId",
                        UUID.randomUUID().toString()))
                .post("/grants")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/grants/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void refusesAnAdvocateGrantingThemselves() {
        given().contentType("application/json")
                .body(Map.of(
                        "rewardId",
                        UUID.randomUUID().toString(),
                        "advocateId",
                        UUID.randomUUID().toString()))
                .post("/grants")
                .then()
                .statusCode(403);
    }

    @Test
    void aGrantOrAMoveThatSlipsMoneyInIsRefusedSayingWhy() {
        given().contentType("application/json")
                .body(Map.of(
                        "rewardId", reward(),
                        "advocateId", UUID.randomUUID().toString(),
                        "note", "and a $50 gift card for your trouble"))
                .post("/grants")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("note"))
                .body("violations[0].message", containsString("never paid"));
        String grant = offer(reward());
        move(grant, "accepted", "we will add a commission on sales")
                .statusCode(400)
                .body("violations[0].field", equalTo("note"));
        given().get("/grants/" + grant).then().body("status", equalTo("offered"));
    }

    private static String reward() {
        return given().contentType("application/json")
                .body(Map.of(
                        "code", "council-" + UUID.randomUUID().toString().substring(0, 8),
                        "kind", "council-seat",
                        "name", "Customer council seat",
                        "description", "A seat at the quarterly customer council"))
                .post("/rewards")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String offer(String reward) {
        return given().contentType("application/json")
                .body(Map.of(
                        "rewardId",
                        reward,
                        "advocateId",
                        UUID.randomUUID().toString(),
                        "note",
                        "for the launch thread"))
                .post("/grants")
                .then()
                .statusCode(201)
                .body("status", equalTo("offered"))
                .extract()
                .path("id");
    }

    private static ValidatableResponse move(String grant, String status, String note) {
        Map<String, String> body = note == null ? Map.of("status", status) : Map.of("status", status, "note", note);
        return given().contentType("application/json")
                .body(body)
                .post("/grants/" + grant + "/status")
                .then();
    }
}
