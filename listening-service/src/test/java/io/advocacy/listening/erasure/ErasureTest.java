package io.advocacy.listening.erasure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

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
@TestSecurity(
        user = "bot",
        roles = {"integrator", "program-admin"})
class ErasureTest {

    @Test
    void removesAnErasedPersonsMentionsOnceTheirErasureArrives() {
        Queries.ensureBrandQuery();
        String handle = "gone" + UUID.randomUUID().toString().substring(0, 8);
        String mention = given().contentType(ContentType.JSON)
                .body("""
                        {"platform": "twitter", "externalId": "%s",
                         "author": {"handle": "%s", "displayName": "Gone", "followers": 10},
                         "url": "https://twitter.example/x", "text": "Lumen is lovely", "publishedAt": "2026-11-20T10:15:30Z"}
                        """.formatted("e-" + UUID.randomUUID(), handle))
                .post("/mentions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String advocateId = UUID.randomUUID().toString();
        String erased = """
                {"advocateId": "%s", "authorKey": "twitter:%s", "erasedAt": "2026-11-23T10:00:00Z"}
                """.formatted(advocateId, handle);
        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        topics.sendCloudEvent(
                "advocacy.advocates",
                advocateId,
                "io.advocacy.advocate.erased.v1",
                UUID.randomUUID().toString(),
                erased);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/mentions/" + mention).then().statusCode(404));
        given().queryParam("platform", "twitter")
                .queryParam("size", 200)
                .get("/authors")
                .then()
                .statusCode(200)
                .body("items.authorKey", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("twitter:" + handle)));
    }
}
