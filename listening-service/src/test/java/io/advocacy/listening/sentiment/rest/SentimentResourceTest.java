package io.advocacy.listening.sentiment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SentimentResourceTest {

    private static final String THREE_TEXTS = """
            {"texts": ["I love this brand, great support!", "The update is awful :(", "The store opens at nine."]}
            """;

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void scoresEachTextInTheOrderSent() {
        given().contentType(ContentType.JSON)
                .body(THREE_TEXTS)
                .when()
                .post("/sentiment")
                .then()
                .statusCode(200)
                .body("scores", hasSize(3))
                .body("scores[0].compound", greaterThan(0.5f))
                .body("scores[0].positive", greaterThan(0.5f))
                .body("scores[1].compound", lessThan(-0.5f))
                .body("scores[1].negative", greaterThan(0.5f))
                .body("scores[2].compound", equalTo(0.0f))
                .body("scores[2].neutral", equalTo(1.0f));
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void letsAManagerScoreText() {
        given().contentType(ContentType.JSON)
                .body("{\"texts\": [\"fine\"]}")
                .when()
                .post("/sentiment")
                .then()
                .statusCode(200)
                .body("scores", hasSize(1));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void letsAProgramAdminScoreText() {
        given().contentType(ContentType.JSON)
                .body("{\"texts\": [\"fine\"]}")
                .when()
                .post("/sentiment")
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void rejectsAnEmptyListNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"texts\": []}")
                .when()
                .post("/sentiment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("texts"));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void rejectsAMissingTextNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"texts\": [\"fine\", null]}")
                .when()
                .post("/sentiment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(startsWith("texts")));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void rejectsATextOverTenThousandCharacters() {
        given().contentType(ContentType.JSON)
                .body("{\"texts\": [\"" + "a".repeat(10_001) + "\"]}")
                .when()
                .post("/sentiment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(startsWith("texts")));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void rejectsMoreThanAThousandTexts() {
        String texts = String.join(",", java.util.Collections.nCopies(1001, "\"ok\""));
        given().contentType(ContentType.JSON)
                .body("{\"texts\": [" + texts + "]}")
                .when()
                .post("/sentiment")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("texts"));
    }

    @Test
    void refusesARequestWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(THREE_TEXTS)
                .when()
                .post("/sentiment")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void refusesAnAdvocate() {
        given().contentType(ContentType.JSON)
                .body(THREE_TEXTS)
                .when()
                .post("/sentiment")
                .then()
                .statusCode(403);
    }
}
