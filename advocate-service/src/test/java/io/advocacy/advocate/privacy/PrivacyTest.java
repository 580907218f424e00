package io.advocacy.advocate.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PrivacyTest {

    /** A known advocate, discovered through a mention; its id is fixed by the test through the principal name. */
    private static String discover() {
        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        String authorKey = "twitter:priv-" + UUID.randomUUID();
        topics.sendCloudEvent(
                "advocacy.mentions",
                authorKey,
                "io.advocacy.mention.scored.v1",
                UUID.randomUUID().toString(),
                """
                {"mentionId": "%s", "platform": "twitter", "authorKey": "%s",
                 "author": {"handle": "p", "displayName": "P", "followers": 300},
                 "url": "https://t.example/1", "publishedAt": "2026-11-20T10:15:30Z", "sentiment": 0.4}
                """.formatted(UUID.randomUUID(), authorKey));
        var records = topics.readUntil(
                "advocacy.advocates",
                r -> "io.advocacy.advocate.discovered.v1".equals(EventTopics.header(r, "ce_type"))
                        && r.value().contains(authorKey),
                Duration.ofSeconds(30));
        return JsonPath.from(records.get(records.size() - 1).value()).getString("advocateId");
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void recordsConsentPerPurposeAndChannelAndExportsEverything() {
        String id = discover();
        given().contentType(ContentType.JSON)
                .body("{\"purpose\": \"spotlight\", \"channel\": \"social\", \"granted\": true}")
                .put("/advocates/" + id + "/consents")
                .then()
                .statusCode(200)
                .body("recordedBy", equalTo("admin"));
        given().contentType(ContentType.JSON)
                .body("{\"purpose\": \"spotlight\", \"channel\": \"social\", \"granted\": false}")
                .put("/advocates/" + id + "/consents")
                .then()
                .statusCode(200);
        given().get("/advocates/" + id + "/consents")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].granted", equalTo(false));
        given().get("/advocates/" + id + "/export")
                .then()
                .statusCode(200)
                .body("profile.id", equalTo(id))
                .body("consentHistory", hasSize(2))
                .body("categoryHistory[0].to", equalTo("social-advocate"))
                .body("relationships.identities", hasSize(1))
                .body("relationships.locale.advocateId", equalTo(id))
                .body("relationships.mentor.status", org.hamcrest.Matchers.notNullValue())
                .body("relationships.councilSeats", hasSize(0))
                .body("relationships.segments", hasSize(0))
                .body("evidence", hasSize(1))
                .body("evidence[0].kind", equalTo("mention"))
                .body("evidence[0].sentiment", equalTo(0.4f))
                .body("evidence[0].reach", equalTo(300));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void refusesAnUnknownPurposeNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"purpose\": \"selling\", \"channel\": \"email\", \"granted\": true}")
                .put("/advocates/" + UUID.randomUUID() + "/consents")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("purpose"));
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    @OidcSecurity(claims = @Claim(key = "advocate_id", value = "00000000-0000-0000-0000-000000000001"))
    void anAdvocateReachesOnlyTheirOwnData() {
        given().get("/advocates/" + UUID.randomUUID() + "/export").then().statusCode(403);
        given().get("/advocates/" + UUID.randomUUID() + "/consents").then().statusCode(403);
        given().get("/advocates/00000000-0000-0000-0000-000000000001/consents")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "00000000-0000-0000-0000-000000000001", roles = "advocate")
    void anAdvocateWithoutTheClaimIsNobodysSelf() {
        given().get("/advocates/00000000-0000-0000-0000-000000000001/consents")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "m", roles = "advocate-manager")
    void aManagerCannotExportAPersonsData() {
        given().get("/advocates/" + UUID.randomUUID() + "/export").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void erasesAPersonAndTellsTheOtherServices() {
        String id = discover();
        given().contentType(ContentType.JSON)
                .body("{\"purpose\": \"contact\", \"channel\": \"email\", \"granted\": true}")
                .put("/advocates/" + id + "/consents")
                .then()
                .statusCode(200);
        given().delete("/advocates/" + id).then().statusCode(204);
        given().get("/advocates/" + id).then().statusCode(404);
        given().get("/advocates/" + id + "/export").then().statusCode(404);
        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        var erased = topics.readUntil(
                "advocacy.advocates",
                r -> "io.advocacy.advocate.erased.v1".equals(EventTopics.header(r, "ce_type")) && id.equals(r.key()),
                Duration.ofSeconds(30));
        org.assertj.core.api.Assertions.assertThat(erased.get(erased.size() - 1).value())
                .contains(id);
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void anonymisesAPersonKeepingTheirStatistics() {
        String id = discover();
        given().post("/advocates/" + id + "/anonymise").then().statusCode(204);
        given().get("/advocates/" + id)
                .then()
                .statusCode(200)
                .body("handle", equalTo("anonymised"))
                .body("displayName", org.hamcrest.Matchers.nullValue())
                .body("mentionCount", equalTo(1))
                .body("category", equalTo("social-advocate"));
    }
}
