package io.advocacy.recognition.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CredentialTest {

    private static final String ISSUER = "https://advocacy.example";

    @Test
    void anAwardsCredentialVerifiesIndependentlyWithThePublishedKey() throws Exception {
        Awarded.Award award = Awarded.firstVoice();
        String jwt = credentialOf(award);

        SignedJWT signed = SignedJWT.parse(jwt);
        assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(signed.getHeader().getType().getType()).isEqualTo("vc+jwt");
        JWKSet jwks = JWKSet.parse(given().get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        ECKey key = (ECKey) jwks.getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(key.isPrivate()).as("no private key is published").isFalse();
        assertThat(signed.verify(new ECDSAVerifier(key))).isTrue();

        JWTClaimsSet claims = signed.getJWTClaimsSet();
        Instant awardedAt = OffsetDateTime.parse(award.awardedAt()).toInstant();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:" + award.advocateId());
        assertThat(claims.getJWTID()).isEqualTo("urn:uuid:" + award.id());
        assertThat(claims.getNotBeforeTime().toInstant().getEpochSecond()).isEqualTo(awardedAt.getEpochSecond());
        assertThat(claims.getExpirationTime()).as("First Voice does not expire").isNull();
        assertThat(claims.getStringListClaim("@context"))
                .containsExactly(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(claims.getStringListClaim("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(claims.getStringClaim("id")).isEqualTo(claims.getJWTID());
        assertThat(Instant.parse(claims.getStringClaim("validFrom")))
                .isEqualTo(claims.getNotBeforeTime().toInstant());
        Map<String, Object> issuer = claims.getJSONObjectClaim("issuer");
        assertThat(issuer)
                .containsEntry("id", ISSUER)
                .containsEntry("name", "Advocacy programme")
                .containsEntry("url", ISSUER);
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        assertThat(subject).containsEntry("id", claims.getSubject());
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertThat(achievement)
                .containsEntry("id", ISSUER + "/badges/first-voice")
                .containsEntry("name", "First Voice")
                .containsEntry("description", "Spoke up for the brand for the first time")
                .containsEntry("criteria", Map.of("narrative", "first positive mention"));
        assertThat(achievement.get("type")).isEqualTo(List.of("Achievement"));

        JsonPath json = given().accept("application/json")
                .get("/credentials/" + award.id())
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
        assertThat(json.getString("id")).isEqualTo(claims.getJWTID());
        assertThat(json.getString("credentialSubject.id")).isEqualTo(claims.getSubject());
        assertThat(json.getString("issuer.id")).isEqualTo(ISSUER);
        assertThat(json.getString("credentialSubject.achievement.criteria.narrative"))
                .isEqualTo("first positive mention");
        assertThat(json.getString("validFrom")).isEqualTo(claims.getStringClaim("validFrom"));
        assertThat(json.getMap("")).doesNotContainKeys("iss", "sub", "jti", "nbf", "iat", "exp");
    }

    @Test
    void anAwardsCredentialVerifiesThroughTheEndpointWithoutAToken() {
        Awarded.Award award = Awarded.firstVoice();
        String jwt = credentialOf(award);

        given().contentType("text/plain")
                .body(jwt)
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(true))
                .body("checks", hasItems("format", "signature", "issuer", "subject", "id", "validity", "revocation"))
                .body("errors", empty());
        given().contentType("application/json")
                .body(Map.of("credential", jwt))
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(true));
    }

    @Test
    void theSameCredentialIsHandedOutEveryTime() {
        Awarded.Award award = Awarded.firstVoice();

        assertThat(credentialOf(award)).isEqualTo(credentialOf(award));
    }

    @Test
    void aTamperedCredentialFailsItsSignature() throws Exception {
        Awarded.Award award = Awarded.firstVoice();
        Awarded.Award other = Awarded.firstVoice();
        String[] parts = credentialOf(award).split("\\.");
        String[] otherParts = credentialOf(other).split("\\.");
        String payload = Base64URL.from(parts[1])
                .decodeToString()
                .replace(award.advocateId().toString(), other.advocateId().toString());
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        String spliced = parts[0] + "." + otherParts[1] + "." + parts[2];

        for (String forged : List.of(tampered, spliced)) {
            given().contentType("text/plain")
                    .body(forged)
                    .post("/credentials/verify")
                    .then()
                    .statusCode(200)
                    .body("verified", equalTo(false))
                    .body("checks", not(hasItem("signature")))
                    .body("errors", hasItem(containsString("signature")));
        }
    }

    @Test
    void somethingThatIsNotAJwtFailsVerification() {
        given().contentType("application/json")
                .body(Map.of("credential", "not-a-jwt"))
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("errors", hasItem(containsString("format")));
    }

    @Test
    void anUnknownAwardHasNoCredential() {
        given().get("/credentials/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("does not exist"));
    }

    @Test
    void theJwksIsPublicAndHoldsNoPrivateKey() {
        Awarded.firstVoice();
        String jwks = given().get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(jwks).contains("\"kty\":\"EC\"").doesNotContain("\"d\"");
    }

    static String credentialOf(Awarded.Award award) {
        return given().accept("application/vc+jwt")
                .get("/credentials/" + award.id())
                .then()
                .statusCode(200)
                .contentType("application/vc+jwt")
                .extract()
                .asString();
    }
}
