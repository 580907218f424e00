package io.advocacy.advocate.segment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.advocacy.advocate.People;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Makes people with chosen profiles, from scored mentions on real Kafka, for the segment tests. */
final class Segments {

    private Segments() {}

    /**
     * Sends one scored mention by an author; call with a role that reads profiles.
     *
     * @return the author key
     */
    static String mention(String authorKey, double sentiment, long followers, OffsetDateTime publishedAt) {
        String handle = authorKey.substring(authorKey.indexOf(':') + 1);
        People.topics()
                .sendCloudEvent(
                        "advocacy.mentions",
                        authorKey,
                        "io.advocacy.mention.scored.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"mentionId": "%s", "platform": "twitter", "externalId": "x", "authorKey": "%s",
                         "author": {"handle": "%s", "displayName": "%s", "followers": %d},
                         "url": "https://twitter.example/1", "text": "...", "publishedAt": "%s",
                         "sentiment": %s}
                        """.formatted(UUID.randomUUID(), authorKey, handle, handle, followers, publishedAt, sentiment));
        return authorKey;
    }

    /** A new person with one mention of this sentiment, published a day ago; waits until their profile exists. */
    static String person(String run, String name, double sentiment, long followers) {
        String authorKey = "twitter:" + run + "-" + name;
        mention(
                authorKey,
                sentiment,
                followers,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        return awaitProfile(authorKey, 1).getString("id");
    }

    /** Waits until the person behind an author key has this many mentions, and answers their profile. */
    static JsonPath awaitProfile(String authorKey, int mentions) {
        JsonPath page = await().atMost(People.PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", authorKey)
                                .get("/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        found -> found.getList("items").size() == 1
                                && found.getInt("items[0].mentionCount") == mentions);
        return page.setRootPath("items[0]");
    }

    /** Creates a segment and answers it; call with a role that writes segments. */
    static JsonPath create(String name, String rule) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"rule\": " + rule + "}")
                .post("/segments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** A rule that holds only for the people of one test run, and the rule given. */
    static String ofRun(String run, String rule) {
        return "{\"all\": [{\"field\": \"authorKey\", \"op\": \"contains\", \"value\": \"" + run + "\"}, " + rule
                + "]}";
    }
}
