package io.advocacy.listening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The platform's per-client rate limit, on a client configured for three requests at once and one a minute. */
@QuarkusTest
class RateLimitTest {

    @Test
    @TestSecurity(
            user = "busy-integrator",
            roles = {"program-admin"})
    @OidcSecurity(claims = {@Claim(key = "azp", value = "rate-limited-client"), @Claim(key = "sub", value = "busy")})
    void aClientOverItsLimitIsToldWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            given().get("/queries").then().statusCode(200);
        }
        Response refused = given().get("/queries");
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("advocacy.rate-limit.clients"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    @TestSecurity(
            user = "calm-integrator",
            roles = {"program-admin"})
    @OidcSecurity(claims = {@Claim(key = "azp", value = "rate-limited-client"), @Claim(key = "sub", value = "calm")})
    void eachPersonOfAClientHasTheirOwnBucket() {
        for (int i = 0; i < 3; i++) {
            given().get("/queries").then().statusCode(200);
        }
    }

    @Test
    @TestSecurity(
            user = "default-integrator",
            roles = {"program-admin"})
    @OidcSecurity(claims = {@Claim(key = "azp", value = "some-other-client"), @Claim(key = "sub", value = "x")})
    void clientsWithoutAConfiguredLimitGetTheDefault() {
        for (int i = 0; i < 10; i++) {
            given().get("/queries").then().statusCode(200);
        }
    }
}
