package io.advocacy.listening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Refusals for want of a token or a role are problem+json like every other error. */
@QuarkusTest
class SecurityProblemsTest {

    @Test
    void noTokenIsA401ProblemWithABearerChallenge() {
        given().get("/queries")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("instance", equalTo("/queries"));
    }

    @Test
    @TestSecurity(
            user = "reader",
            roles = {"advocate"})
    void aMissingRoleIsA403Problem() {
        given().get("/queries")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("roles"));
    }
}
