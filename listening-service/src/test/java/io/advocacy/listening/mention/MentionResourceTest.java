package io.advocacy.listening.mention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.advocacy.listening.Queries;
import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MentionResourceTest {

    private static String mention(String externalId, String handle, String text) {
        return """
                {"platform": "twitter", "externalId": "%s",
                 "author": {"handle": "@%s", "displayName": "Ada", "followers": 1200},
                 "url": "https://twitter.example/%s", "text": "%s",
                 "publishedAt": "2026-11-20T10:15:30Z"}
                """.formatted(externalId, handle, externalId, "Lumen: " + text);
    }

    @Test
    @TestSecurity(
            user = "crm-bot",
            roles = {"integrator", "program-admin"})
    void storesAScoredMentionAndPublishesItOnceAsACloudEvent() {
        Queries.ensureBrandQuery();
        String externalId = "t-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON)
                .body(mention(externalId, "AdaL", "I love this brand, great support!"))
                .when()
                .post("/mentions")
                .then()
                .statusCode(201)
                .body("authorKey", equalTo("twitter:adal"))
                .body("sentiment", org.hamcrest.Matchers.greaterThan(0.5f))
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .body(mention(externalId, "AdaL", "I love this brand, great support!"))
                .when()
                .post("/mentions")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        var records = topics.readUntil("advocacy.mentions", r -> r.value().contains(id), Duration.ofSeconds(30));
        var published = records.stream().filter(r -> r.value().contains(id)).toList();
        assertThat(published).hasSize(1);
        var record = published.get(0);
        assertThat(record.key()).isEqualTo("twitter:adal");
        assertThat(EventTopics.header(record, "ce_type")).isEqualTo("io.advocacy.mention.scored.v1");
        assertThat(EventTopics.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(EventTopics.header(record, "ce_source")).isEqualTo("/advocacy/listening-service");
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo("twitter:adal");
        assertThat(EventTopics.header(record, "ce_id")).isNotBlank();

        // A later mention proves the relay has moved past the duplicate: still only one event for the first.
        String later = given().contentType(ContentType.JSON)
                .body(mention("t-" + UUID.randomUUID(), "AdaL", "ok"))
                .post("/mentions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var after = topics.readUntil("advocacy.mentions", r -> r.value().contains(later), Duration.ofSeconds(30));
        assertThat(after.stream().filter(r -> r.value().contains(id))).hasSize(1);
    }

    @Test
    @TestSecurity(
            user = "crm-bot",
            roles = {"integrator", "program-admin"})
    void answersABatchWithWhatWasAcceptedAndWhatWasADuplicate() {
        Queries.ensureBrandQuery();
        String a = "b-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(mention(a, "grace", "fine"))
                .post("/mentions")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"mentions\": [" + mention(a, "grace", "fine") + "," + mention(b, "grace", "bad") + ","
                        + mention(b, "grace", "bad") + "]}")
                .when()
                .post("/mentions/batch")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("duplicates", equalTo(2))
                .body("results.status", org.hamcrest.Matchers.contains("duplicate", "accepted", "duplicate"));
    }

    @Test
    @TestSecurity(
            user = "crm-bot",
            roles = {"integrator", "program-admin"})
    void rejectsABadBodyNamingEachField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"platform": "twitter", "externalId": "",
                         "author": {"handle": "x", "followers": -1},
                         "url": "not a url", "text": "hi", "publishedAt": "2026-11-20T10:15:30Z"}
                        """)
                .when()
                .post("/mentions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem("externalId"))
                .body("violations.field", hasItem("author.followers"))
                .body("violations.field", hasItem("url"));
    }

    @Test
    @TestSecurity(
            user = "crm-bot",
            roles = {"integrator", "program-admin"})
    void rejectsAWrongTypeNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(mention("x", "y", "z").replace("1200", "\"many\""))
                .when()
                .post("/mentions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("author.followers"));
    }

    @Test
    void refusesARequestWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(mention("x", "y", "z"))
                .when()
                .post("/mentions")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void refusesIngestionToAManager() {
        given().contentType(ContentType.JSON)
                .body(mention("x", "y", "z"))
                .when()
                .post("/mentions")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "advocate-manager")
    void answersAnUnknownMentionWithProblemJson() {
        given().when()
                .get("/mentions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
    }

    @Test
    @TestSecurity(
            user = "crm-bot",
            roles = {"integrator", "program-admin"})
    void concurrentCopiesOfOneMentionStoreItOnce() {
        Queries.ensureBrandQuery();
        String body = mention("c-" + UUID.randomUUID(), "hedy", "Frequency hopping, love it");
        var responses = java.util.stream.IntStream.range(0, 8)
                .parallel()
                .mapToObj(n -> given().contentType(ContentType.JSON).body(body).post("/mentions"))
                .toList();
        assertThat(responses).extracting(r -> r.statusCode()).containsOnly(200, 201);
        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(responses.stream().map(r -> r.jsonPath().getString("id")).distinct())
                .hasSize(1);
    }
}
