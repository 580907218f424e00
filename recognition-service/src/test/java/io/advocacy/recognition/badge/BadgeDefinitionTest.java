package io.advocacy.recognition.badge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadgeDefinitionTest {

    private static final String COUNT = "{\"count\": {\"event\": \"featured\", \"atLeast\": 2}}";

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aProgramAdminDefinesChangesAndRetiresABadge() {
        String code = Recognition.code("star");
        given().contentType("application/json")
                .body(Recognition.badgeJson(code, COUNT, "P1M"))
                .post("/badges")
                .then()
                .statusCode(201)
                .header("Location", containsString("/badges/" + code))
                .body("code", equalTo(code))
                .body("criteria.count.event", equalTo("featured"))
                .body("criteria.count.atLeast", equalTo(2))
                .body("criteriaNarrative", equalTo("met " + code))
                .body("image", equalTo("https://img.example/" + code + ".png"))
                .body("repeatable", equalTo(true))
                .body("period", equalTo("P1M"))
                .body("retiredAt", nullValue());
        given().contentType("application/json")
                .body(Recognition.badgeJson(code, COUNT, null))
                .post("/badges")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        String changed = Recognition.badgeJson(code, "{\"event\": \"council-term-served\"}", null)
                .replace("https://img.example/" + code + ".png", "images/" + code)
                .replace("}\n", ", \"validDays\": 365}\n");
        given().contentType("application/json")
                .body(changed)
                .put("/badges/" + code)
                .then()
                .statusCode(200)
                .body("criteria.event", equalTo("council-term-served"))
                .body("image", equalTo("images/" + code))
                .body("repeatable", equalTo(false))
                .body("period", nullValue())
                .body("validDays", equalTo(365));
        given().get("/badges/" + code).then().statusCode(200).body("criteria.event", equalTo("council-term-served"));

        given().delete("/badges/" + code).then().statusCode(200).body("retiredAt", notNullValue());
        given().get("/badges").then().statusCode(200).body("code", hasItem(code));
        given().post("/badges/" + code + "/backfill").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void namesEveryInvalidFieldInTheCriteriaAndBeside() {
        String body = """
                {"code": "Not A Code", "name": "", "description": "Gets you a discount code",
                 "criteriaNarrative": "five mentions",
                 "criteria": {"count": {"event": "likes", "atLeast": 0, "within": "P1D"}},
                 "repeatable": true, "validDays": 0}
                """;
        given().contentType("application/json")
                .body(body)
                .post("/badges")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems(
                                "code",
                                "name",
                                "description",
                                "criteria.count.event",
                                "criteria.count.atLeast",
                                "criteria.count.within",
                                "period",
                                "validDays"))
                .body("violations.find { it.field == 'description' }.message", containsString("never paid"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void namesTheBadPartsOfAStreakAndACategoryMove() {
        String streak = Recognition.badgeJson(
                Recognition.code("s"),
                "{\"streak\": {\"event\": \"positive-mention\", \"periods\": \"P2W\", \"inARow\": 3}}",
                null);
        given().contentType("application/json")
                .body(streak)
                .post("/badges")
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        hasItems("criteria.streak.periods", "criteria.streak.consecutive", "criteria.streak.inARow"));
        String move = Recognition.badgeJson(
                Recognition.code("m"), "{\"event\": \"category-reached\", \"from\": \"the dark side\"}", null);
        given().contentType("application/json")
                .body(move)
                .post("/badges")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("criteria.from", "criteria.to"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void anUnknownBadgeIsA404AndItsCodeCannotChange() {
        given().get("/badges/no-such-badge").then().statusCode(404).contentType("application/problem+json");
        given().delete("/badges/no-such-badge").then().statusCode(404);
        given().post("/badges/no-such-badge/backfill").then().statusCode(404);
        given().contentType("application/json")
                .body(Recognition.badgeJson("other-code", COUNT, null))
                .put("/badges/first-voice")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("code"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void onlyAProgramAdminChangesBadges() {
        String code = Recognition.code("nope");
        given().contentType("application/json")
                .body(Recognition.badgeJson(code, COUNT, null))
                .post("/badges")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body(Recognition.badgeJson("first-voice", COUNT, null))
                .put("/badges/first-voice")
                .then()
                .statusCode(403);
        given().delete("/badges/first-voice").then().statusCode(403);
        given().post("/badges/first-voice/backfill").then().statusCode(403);
        given().get("/badges/first-voice").then().statusCode(200).body("retiredAt", nullValue());
    }
}
