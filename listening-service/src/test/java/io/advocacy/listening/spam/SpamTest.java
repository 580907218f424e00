package io.advocacy.listening.spam;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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
        user = "mia",
        roles = {"integrator", "program-admin", "advocate-manager"})
class SpamTest {

    private final EventTopics topics =
            new EventTopics(RealInfrastructure.kafka().bootstrapServers());

    private static String mention(String handle, String text) {
        return """
                {"platform": "reddit", "externalId": "%s",
                 "author": {"handle": "%s", "displayName": "S", "followers": 3},
                 "url": "https://reddit.example/%s", "text": "%s", "publishedAt": "2026-11-20T10:15:30Z"}
                """.formatted("s-" + UUID.randomUUID(), handle, UUID.randomUUID(), text);
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/mentions")
                .then();
    }

    @Test
    void keepsALinkFarmOutOfTheStreamWithItsReason() {
        Queries.ensureBrandQuery();
        post(mention("farmer", "Lumen codes http://a.x http://b.x http://c.x http://d.x http://e.x"))
                .statusCode(202)
                .body("status", equalTo("spam"))
                .body("spamReason", startsWith("link farm"));
    }

    @Test
    void holdsAnAuthorsMentionsAfterAManagerMarksOneAsSpamUntilReleased() {
        Queries.ensureBrandQuery();
        String handle = "shill" + UUID.randomUUID().toString().substring(0, 6);
        String first = post(mention(handle, "Lumen is the best, buy now from my shop"))
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"paid promotion\"}")
                .post("/mentions/" + first + "/spam")
                .then()
                .statusCode(200)
                .body("status", equalTo("spam"));

        String held = post(mention(handle, "Lumen again, the greatest thing ever made"))
                .statusCode(202)
                .body("status", equalTo("held"))
                .extract()
                .path("id");
        given().queryParam("status", "held").get("/mentions").then().statusCode(200);

        given().post("/authors/reddit:" + handle + "/release")
                .then()
                .statusCode(200)
                .body("released", equalTo(1));
        given().get("/mentions/" + held).then().body("status", equalTo("published"));
        var records = topics.readUntil("advocacy.mentions", r -> r.value().contains(held), Duration.ofSeconds(30));
        assertThat(records.get(records.size() - 1).key()).isEqualTo("reddit:" + handle);
    }

    @Test
    @TestSecurity(user = "bot", roles = "integrator")
    void onlyManagersMarkSpam() {
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}")
                .post("/mentions/" + UUID.randomUUID() + "/spam")
                .then()
                .statusCode(403);
    }
}
