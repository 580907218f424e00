package io.advocacy.recognition.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.nimbusds.jwt.SignedJWT;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValidityWindowTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aCredentialOfABadgeThatExpiredFailsItsValidityWindow() throws Exception {
        Awarded.Award award = Awarded.firstVoice();
        String badge = "test-expiring-" + UUID.randomUUID().toString().substring(0, 8);
        // Retired at once: it exists for this award only and is never evaluated for anyone else.
        sql("insert into badge_definition (code, name, description, criteria, valid_days, rule, retired_at)"
                + " values ('" + badge + "', 'Expiring', 'Lasts a month', 'a test', 30, '{\"event\": \"featured\"}',"
                + " now())");
        sql("update award set badge_code = '" + badge + "', awarded_at = now() - interval '40 days'" + " where id = '"
                + award.id() + "'");

        String jwt = CredentialTest.credentialOf(award);

        Instant validUntil =
                Instant.parse(SignedJWT.parse(jwt).getJWTClaimsSet().getStringClaim("validUntil"));
        assertThat(SignedJWT.parse(jwt).getJWTClaimsSet().getExpirationTime().toInstant())
                .isEqualTo(validUntil);
        assertThat(validUntil).isBefore(Instant.now().minus(9, ChronoUnit.DAYS));
        given().contentType("text/plain")
                .body(jwt)
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("checks", hasItem("signature"))
                .body("checks", not(hasItem("validity")))
                .body("errors", hasItem(containsString("expired")));
    }

    @Test
    void aCredentialNotYetValidFailsItsValidityWindow() {
        Awarded.Award award = Awarded.firstVoice();
        sql("update award set awarded_at = now() + interval '1 day' where id = '" + award.id() + "'");

        given().contentType("text/plain")
                .body(CredentialTest.credentialOf(award))
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("errors", hasItem(containsString("not valid before")));
    }

    private void sql(String statement) {
        try (Connection connection = database.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
