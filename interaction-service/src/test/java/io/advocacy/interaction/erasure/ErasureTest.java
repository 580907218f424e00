package io.advocacy.interaction.erasure;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class ErasureTest {

    private static final String ADVOCATES = "advocacy.advocates";

    @Test
    void removesAnErasedPersonsInteractionsAndPreferences() {
        UUID advocate = UUID.randomUUID();
        var topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        topics.sendCloudEvent(
                ADVOCATES,
                advocate.toString(),
                "io.advocacy.advocate.updated.v1",
                UUID.randomUUID().toString(),
                """
                {"advocateId": "%s", "authorKey": "twitter:gone", "positiveMentions": 1,
                 "lastMention": {"mentionId": "%s", "sentiment": 0.8, "url": "https://t.example/1",
                                 "publishedAt": "2026-11-20T10:15:30Z"}}
                """.formatted(advocate, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("advocateId", advocate)
                .get("/interactions")
                .then()
                .body("total", equalTo(1)));
        given().contentType(ContentType.JSON)
                .body("{\"preferredMedia\": [\"video-call\"], \"timeZone\": \"Europe/Berlin\"}")
                .put("/advocates/" + advocate + "/preferences")
                .then()
                .statusCode(200);

        topics.sendCloudEvent(
                ADVOCATES,
                advocate.toString(),
                AdvocateErased.TYPE,
                UUID.randomUUID().toString(),
                "{\"advocateId\": \"" + advocate + "\", \"authorKey\": \"twitter:gone\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("advocateId", advocate)
                .get("/interactions")
                .then()
                .body("total", equalTo(0)));
        given().get("/advocates/" + advocate + "/preferences").then().statusCode(404);
    }
}
