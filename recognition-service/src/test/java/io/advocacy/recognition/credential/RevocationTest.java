package io.advocacy.recognition.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevocationTest {

    private static final String REVOKED = "io.advocacy.badge.revoked.v1";

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aRevokedCredentialFailsVerificationWithItsReasonAndTheRevocationIsPublished() {
        Awarded.Award award = Awarded.firstVoice();
        String jwt = CredentialTest.credentialOf(award);
        String reason = "the mention was astroturfing";

        String revokedAt = given().contentType("application/json")
                .body(Map.of("reason", reason))
                .post("/awards/" + award.id() + "/revoke")
                .then()
                .statusCode(200)
                .body("id", equalTo(award.id().toString()))
                .body("revocationReason", equalTo(reason))
                .body("revokedAt", not(nullValue()))
                .extract()
                .path("revokedAt");

        given().contentType("text/plain")
                .body(jwt)
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("checks", hasItem("signature"))
                .body("checks", not(hasItem("revocation")))
                .body("errors", hasItem(containsString(reason)));

        List<ConsumerRecord<String, String>> read = new EventTopics(
                        RealInfrastructure.kafka().bootstrapServers())
                .readUntil(
                        "advocacy.recognitions",
                        r -> award.advocateId().toString().equals(r.key())
                                && REVOKED.equals(EventTopics.header(r, "ce_type")),
                        Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = read.get(read.size() - 1);
        assertThat(EventTopics.header(record, "ce_subject"))
                .isEqualTo(award.advocateId().toString());
        JsonPath data = JsonPath.from(record.value());
        assertThat(data.getString("awardId")).isEqualTo(award.id().toString());
        assertThat(data.getString("advocateId")).isEqualTo(award.advocateId().toString());
        assertThat(data.getString("badgeCode")).isEqualTo("first-voice");
        assertThat(data.getString("reason")).isEqualTo(reason);
        assertThat(OffsetDateTime.parse(data.getString("revokedAt")))
                .isAtSameInstantAs(OffsetDateTime.parse(revokedAt));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void anAwardIsRevokedOnlyOnce() {
        Awarded.Award award = Awarded.firstVoice();
        given().contentType("application/json")
                .body(Map.of("reason", "duplicate account"))
                .post("/awards/" + award.id() + "/revoke")
                .then()
                .statusCode(200);

        given().contentType("application/json")
                .body(Map.of("reason", "again"))
                .post("/awards/" + award.id() + "/revoke")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("duplicate account"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void revokingAnUnknownAwardIsA404ProblemAndABlankReasonA400() {
        given().contentType("application/json")
                .body(Map.of("reason", "gone"))
                .post("/awards/" + UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
        given().contentType("application/json")
                .body(Map.of("reason", " "))
                .post("/awards/" + UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("reason")));
    }

    @Test
    void refusesRevocationWithoutAToken() {
        given().contentType("application/json")
                .body(Map.of("reason", "r"))
                .post("/awards/" + UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void refusesRevocationToAnyoneButAProgramAdmin() {
        given().contentType("application/json")
                .body(Map.of("reason", "r"))
                .post("/awards/" + UUID.randomUUID() + "/revoke")
                .then()
                .statusCode(403);
    }
}
