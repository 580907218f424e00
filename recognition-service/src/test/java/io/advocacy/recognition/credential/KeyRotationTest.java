package io.advocacy.recognition.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyRotationTest {

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void afterARotationOldCredentialsStillVerifyAndNewOnesCarryTheNewKey() throws Exception {
        Awarded.Award before = Awarded.firstVoice();
        String old = CredentialTest.credentialOf(before);
        String oldKid = SignedJWT.parse(old).getHeader().getKeyID();

        String newKid = given().post("/keys/rotate")
                .then()
                .statusCode(200)
                .body("retiredAt", nullValue())
                .body("kid", not(equalTo(oldKid)))
                .body("$", not(hasKey("privateJwk")))
                .extract()
                .path("kid");

        Awarded.Award after = Awarded.firstVoice();
        String fresh = CredentialTest.credentialOf(after);
        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(CredentialTest.credentialOf(before))
                .as("an issued credential is kept as signed")
                .isEqualTo(old);

        JWKSet jwks = JWKSet.parse(given().get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(SignedJWT.parse(old).verify(new ECDSAVerifier((ECKey) jwks.getKeyByKeyId(oldKid))))
                .isTrue();
        assertThat(SignedJWT.parse(fresh).verify(new ECDSAVerifier((ECKey) jwks.getKeyByKeyId(newKid))))
                .isTrue();
        for (String jwt : new String[] {old, fresh}) {
            given().contentType("text/plain")
                    .body(jwt)
                    .post("/credentials/verify")
                    .then()
                    .statusCode(200)
                    .body("verified", equalTo(true));
        }
        given().get("/keys")
                .then()
                .statusCode(200)
                .body("find { it.kid == '" + oldKid + "' }.retiredAt", not(nullValue()))
                .body("find { it.kid == '" + newKid + "' }.retiredAt", nullValue());
    }

    @Test
    void refusesRotationWithoutAToken() {
        given().post("/keys/rotate").then().statusCode(401);
        given().get("/keys").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void refusesRotationToAnyoneButAProgramAdmin() {
        given().post("/keys/rotate").then().statusCode(403);
        given().get("/keys").then().statusCode(403);
    }
}
