package io.advocacy.listening.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "integrator"})
class ProgrammeInsightTest {

    private static String mention(String handle, long followers, String day, String text) {
        return """
                {"platform": "forum", "externalId": "%s",
                 "author": {"handle": "%s", "displayName": "P", "followers": %d},
                 "url": "https://forum.example/%s", "text": "%s", "publishedAt": "%sT12:00:00Z"}
                """.formatted("i-" + UUID.randomUUID(), handle, followers, UUID.randomUUID(), text, day);
    }

    private static String programmeListeningFor(String brand, String competitor) {
        String programme = "p-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("{\"programme\": \"" + programme + "\", \"name\": \"brand\", \"expression\": \"" + brand + " OR "
                        + competitor + "\"}")
                .post("/queries")
                .then()
                .statusCode(201);
        return programme;
    }

    private static void post(String body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/mentions")
                .then()
                .statusCode(201);
    }

    @Test
    void showsMentionsOverTimeBySentimentShareOfVoiceAndTopAuthors() {
        String brand = "zorb" + UUID.randomUUID().toString().substring(0, 5);
        String rival = "vexo" + UUID.randomUUID().toString().substring(0, 5);
        String programme = programmeListeningFor(brand, rival);
        post(mention("amy", 100, "2026-11-01", "I love " + brand + ", it is brilliant and fast"));
        post(mention("bob", 90_000, "2026-11-01", brand + " is terrible, broken and useless today"));
        post(mention("cat", 10, "2026-11-02", "Switched from " + rival + " to " + brand + " this week"));
        post(mention("dan", 10, "2026-11-02", rival + " pricing changed again for everyone here"));

        given().queryParam("from", "2026-11-01T00:00:00Z")
                .queryParam("to", "2026-11-03T00:00:00Z")
                .get("/programmes/" + programme + "/timeline")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("", hasSize(2))
                .body("[0].start", equalTo("2026-11-01T00:00:00Z"))
                .body("[0].positive", equalTo(1))
                .body("[0].negative", equalTo(1))
                .body("[0].total", equalTo(2))
                .body("[1].total", equalTo(2));

        given().queryParam("terms", brand)
                .queryParam("terms", rival)
                .queryParam("from", "2026-11-01T00:00:00Z")
                .queryParam("to", "2026-11-03T00:00:00Z")
                .get("/programmes/" + programme + "/share-of-voice")
                .then()
                .statusCode(200)
                .body("terms[0].term", equalTo(brand))
                .body("terms[0].mentions", equalTo(3))
                .body("terms[0].share", equalTo(0.6f))
                .body("terms[1].mentions", equalTo(2));

        given().get("/programmes/" + programme + "/top-authors")
                .then()
                .statusCode(200)
                .body("[0].authorKey", equalTo("forum:bob"))
                .body("authorKey", hasItem("forum:amy"));
    }

    @Test
    void keepsAnAlertOpenUntilAManagerClosesIt() {
        String brand = "quix" + UUID.randomUUID().toString().substring(0, 5);
        String programme = programmeListeningFor(brand, "nothingelse");
        post(mention("loud" + brand, 8_000_000, "2026-11-05", brand + " is the worst, awful and broken, I hate it"));

        String alert = given().get("/programmes/" + programme + "/alerts")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("high-reach-negative"))
                .extract()
                .path("items[0].id");
        given().post("/programmes/" + programme + "/alerts/" + alert + "/close")
                .then()
                .statusCode(200)
                .body("closedBy", equalTo("admin"));
        given().get("/programmes/" + programme + "/alerts").then().body("total", equalTo(0));
        given().queryParam("status", "all")
                .get("/programmes/" + programme + "/alerts")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void rejectsABadIntervalAndAPeriodThatEndsBeforeItStarts() {
        given().queryParam("interval", "year")
                .get("/programmes/x/timeline")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("interval"));
        given().queryParam("from", "2026-11-05T00:00:00Z")
                .queryParam("to", "2026-11-01T00:00:00Z")
                .get("/programmes/x/timeline")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    @TestSecurity(user = "bot", roles = "integrator")
    void onlyManagersCloseAlerts() {
        given().post("/programmes/x/alerts/" + UUID.randomUUID() + "/close")
                .then()
                .statusCode(403);
    }

    @Test
    void raisesOneSpikeAlertWhenNegativeVolumeJumpsAboveItsBaseline() {
        String brand = "spik" + UUID.randomUUID().toString().substring(0, 5);
        String programme = programmeListeningFor(brand, "nothingelse");
        String[] complaints = {
            "is down again, terrible",
            "broke my files, awful",
            "support ignored me, useless",
            "lost my work, horrible",
            "crashed twice today, worst",
            "is so slow it hurts, bad"
        };
        for (int i = 0; i < complaints.length; i++) {
            post(mention("user" + i + brand, 5, "2026-11-06", brand + " " + complaints[i] + " and I hate it"));
        }
        given().queryParam("status", "all")
                .get("/programmes/" + programme + "/alerts")
                .then()
                .statusCode(200)
                .body("items.findAll { it.kind == 'negative-volume-spike' }.size()", equalTo(1));
    }
}
