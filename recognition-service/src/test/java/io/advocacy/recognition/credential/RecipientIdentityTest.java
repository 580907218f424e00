package io.advocacy.recognition.credential;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The credential names its recipient by advocate id and, when their email address is known, by its salted hash. */
@QuarkusTest
class RecipientIdentityTest {

    @Test
    void theSubjectCarriesTheEmailAddressHashedWithItsSaltAndNeverPlain() throws Exception {
        String email = "Ada.Lovelace+" + UUID.randomUUID() + "@Example.org";
        Awarded.Award award = Awarded.firstVoice(" " + email + " ");

        JWTClaimsSet claims =
                SignedJWT.parse(CredentialTest.credentialOf(award)).getJWTClaimsSet();

        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        assertThat(subject).containsEntry("id", "urn:uuid:" + award.advocateId());
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:" + award.advocateId());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> identifiers = (List<Map<String, Object>>) subject.get("identifier");
        assertThat(identifiers).hasSize(1);
        Map<String, Object> identity = identifiers.get(0);
        assertThat(identity)
                .containsEntry("type", "IdentityObject")
                .containsEntry("identityType", "emailAddress")
                .containsEntry("hashed", true);
        String salt = (String) identity.get("salt");
        assertThat(salt).hasSizeGreaterThanOrEqualTo(16);
        String address = email.toLowerCase(Locale.ROOT);
        assertThat(identity.get("identityHash")).isEqualTo("sha256$" + sha256Hex(address + salt));
        assertThat(claims.toString().toLowerCase(Locale.ROOT))
                .as("the address itself is nowhere in the credential")
                .doesNotContain(address)
                .doesNotContain("example.org");
    }

    @Test
    void eachPersonHasASaltOfTheirOwn() throws Exception {
        String email = "same." + UUID.randomUUID() + "@example.org";
        Awarded.Award one = Awarded.firstVoice(email);
        Awarded.Award other = Awarded.firstVoice(email);

        Map<String, Object> first = identityOf(CredentialTest.credentialOf(one));
        Map<String, Object> second = identityOf(CredentialTest.credentialOf(other));

        assertThat(first.get("salt")).isNotEqualTo(second.get("salt"));
        assertThat(first.get("identityHash")).isNotEqualTo(second.get("identityHash"));
        assertThat(second.get("identityHash")).isEqualTo("sha256$" + sha256Hex(email + second.get("salt")));
    }

    @Test
    void withoutAnEmailAddressTheSubjectIsTheAdvocateIdAlone() throws Exception {
        Awarded.Award award = Awarded.firstVoice();

        JWTClaimsSet claims =
                SignedJWT.parse(CredentialTest.credentialOf(award)).getJWTClaimsSet();

        assertThat(claims.getJSONObjectClaim("credentialSubject"))
                .containsEntry("id", "urn:uuid:" + award.advocateId())
                .doesNotContainKey("identifier");
    }

    @Test
    void anErasedPersonsHashedEmailIsForgottenAndTheirCredentialSignedAfreshWithoutIt() throws Exception {
        Awarded.Award award = Awarded.firstVoice("grace." + UUID.randomUUID() + "@example.org");
        String before = CredentialTest.credentialOf(award);
        assertThat(SignedJWT.parse(before).getJWTClaimsSet().getJSONObjectClaim("credentialSubject"))
                .containsKey("identifier");

        Awarded.erase(award.advocateId());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        SignedJWT.parse(CredentialTest.credentialOf(award))
                                .getJWTClaimsSet()
                                .getJSONObjectClaim("credentialSubject"))
                .doesNotContainKey("identifier"));
        String after = CredentialTest.credentialOf(award);
        assertThat(after).isNotEqualTo(before).isEqualTo(CredentialTest.credentialOf(award));
        given().contentType("text/plain")
                .body(after)
                .post("/credentials/verify")
                .then()
                .statusCode(200)
                .body("verified", equalTo(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> identityOf(String jwt) throws Exception {
        Map<String, Object> subject = SignedJWT.parse(jwt).getJWTClaimsSet().getJSONObjectClaim("credentialSubject");
        return ((List<Map<String, Object>>) subject.get("identifier")).get(0);
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
