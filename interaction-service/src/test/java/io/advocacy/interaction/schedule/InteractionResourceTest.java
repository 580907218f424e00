package io.advocacy.interaction.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InteractionResourceTest {

    @Test
    void refusesARequestWithoutAToken() {
        given().when().get("/interactions").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void refusesInteractionsToAnAdvocate() {
        given().when().get("/interactions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void answersAnUnknownInteractionWithProblemJson() {
        given().when()
                .get("/interactions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("does not exist"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void rejectsAnEmptyPageNamingTheField() {
        given().queryParam("size", 0)
                .when()
                .get("/interactions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("size"));
    }
}
