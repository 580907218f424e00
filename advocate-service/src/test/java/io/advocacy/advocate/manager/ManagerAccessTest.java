package io.advocacy.advocate.manager;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManagerAccessTest {

    @Test
    void refusesEveryRequestWithoutAToken() {
        given().get("/managers").then().statusCode(401);
        given().get("/managers/" + UUID.randomUUID()).then().statusCode(401);
        given().contentType("application/json")
                .body("{\"username\": \"x\", \"displayName\": \"X\"}")
                .post("/managers")
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .body("{\"capacity\": 5}")
                .put("/managers/" + UUID.randomUUID())
                .then()
                .statusCode(401);
        given().delete("/managers/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagerSeesManagersButChangesNone() {
        given().get("/managers").then().statusCode(200);
        given().get("/managers/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType("application/json")
                .body("{\"username\": \"maria\", \"displayName\": \"Maria\"}")
                .post("/managers")
                .then()
                .statusCode(403);
        given().contentType("application/json")
                .body("{\"capacity\": 5}")
                .put("/managers/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        given().delete("/managers/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void anIntegratorSeesNoManagers() {
        given().get("/managers").then().statusCode(403);
        given().get("/managers/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void anAdvocateSeesNoManagers() {
        given().get("/managers").then().statusCode(403);
    }
}
