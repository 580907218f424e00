package io.advocacy.advocate.mentor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocaleAndAccessTest {

    private static final String SELF = "00000000-0000-0000-0000-00000000b0dd";

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void aManagerSetsLanguageAndRegionInAnyCaseAndClearsThem() {
        String id = Buddies.discover("locale", 0.6);
        Buddies.setLocale(id, "PT", "br")
                .statusCode(200)
                .body("advocateId", equalTo(id))
                .body("language", equalTo("pt"))
                .body("region", equalTo("BR"));
        given().get("/advocates/" + id + "/locale").then().statusCode(200).body("region", equalTo("BR"));
        Buddies.setLocale(id, "pt", null).statusCode(200).body("region", nullValue());
        given().get("/advocates/" + id + "/locale").then().body("language", equalTo("pt"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "advocate-manager")
    void refusesCodesThatAreNotIsoNamingEachField() {
        Buddies.setLocale(UUID.randomUUID().toString(), "english", "XX")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("language", "region"));
        Buddies.setLocale(UUID.randomUUID().toString(), "zz", "DE")
                .statusCode(400)
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("language"));
        Buddies.setLocale(UUID.randomUUID().toString(), "de", "DE").statusCode(404);
        given().get("/advocates/" + UUID.randomUUID() + "/mentor").then().statusCode(404);
        given().get("/advocates/" + UUID.randomUUID() + "/mentees").then().statusCode(404);
    }

    @Test
    void refusesEveryRequestWithoutAToken() {
        given().get("/advocates/" + SELF + "/mentor").then().statusCode(401);
        given().get("/advocates/" + SELF + "/mentees").then().statusCode(401);
        given().get("/advocates/" + SELF + "/locale").then().statusCode(401);
        given().delete("/advocates/" + SELF + "/mentor").then().statusCode(401);
        given().post("/mentoring/recheck").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    @OidcSecurity(claims = @Claim(key = "advocate_id", value = SELF))
    void anAdvocateReadsOnlyTheirOwnMentorAndChangesNothing() {
        given().get("/advocates/" + SELF + "/mentor").then().statusCode(404);
        given().get("/advocates/" + SELF + "/mentees").then().statusCode(404);
        given().get("/advocates/" + UUID.randomUUID() + "/mentor").then().statusCode(403);
        given().get("/advocates/" + UUID.randomUUID() + "/mentees").then().statusCode(403);
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + UUID.randomUUID() + "\"}")
                .put("/advocates/" + SELF + "/mentor")
                .then()
                .statusCode(403);
        given().delete("/advocates/" + SELF + "/mentor").then().statusCode(403);
        Buddies.setLocale(SELF, "de", "DE").statusCode(403);
        given().post("/mentoring/recheck").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "crm-bot", roles = "integrator")
    void anIntegratorReadsButPairsNobody() {
        given().get("/advocates/" + SELF + "/mentor").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"mentorId\": \"" + UUID.randomUUID() + "\"}")
                .put("/advocates/" + SELF + "/mentor")
                .then()
                .statusCode(403);
        Buddies.setLocale(SELF, "de", "DE").statusCode(403);
    }
}
