package io.advocacy.advocate.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdvocateResourceTest {

    @Test
    void refusesARequestWithoutAToken() {
        given().get("/advocates").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "someone", roles = "advocate")
    void refusesARoleThatMayNotReadProfiles() {
        given().get("/advocates").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void pagesProfiles() {
        given().queryParam("size", 5)
                .get("/advocates")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", greaterThanOrEqualTo(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void rejectsABadPageSizeAndAnUnknownCategoryNamingTheField() {
        given().queryParam("size", 0)
                .get("/advocates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
        given().queryParam("category", "fan")
                .get("/advocates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("category"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void answersAnUnknownProfileWithProblemJson() {
        given().get("/advocates/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
