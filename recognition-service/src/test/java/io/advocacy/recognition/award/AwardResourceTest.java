package io.advocacy.recognition.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AwardResourceTest {

    @Test
    void refusesARequestWithoutAToken() {
        given().get("/awards").then().statusCode(401);
        given().get("/badges").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void refusesAnAdvocateReadingAwards() {
        given().get("/awards").then().statusCode(403);
        given().get("/awards/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void answersAnUnknownAwardWithProblemJson() {
        given().get("/awards/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("does not exist"));
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void rejectsAPageSizeOfZeroNamingTheField() {
        given().queryParam("size", 0)
                .get("/awards")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("size"));
    }
}
