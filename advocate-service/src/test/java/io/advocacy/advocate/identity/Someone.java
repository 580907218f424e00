package io.advocacy.advocate.identity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.advocate.People;
import io.restassured.path.json.JsonPath;
import java.util.UUID;

/**
 * A person the service discovered from a scored mention on a platform, as the listening service sends it.
 *
 * @param id the advocate id
 * @param platform where they were discovered
 * @param handle their handle there, unique per test run
 */
record Someone(String id, String platform, String handle) {

    String authorKey() {
        return platform + ":" + handle;
    }

    /** Sends a first mention from a new handle on the platform and waits until the profile exists. */
    static Someone discover(String platform, String name, String displayName, double sentiment) {
        String handle = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        mention(platform, handle, displayName, sentiment, "...");
        JsonPath page = await().atMost(People.PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", platform + ":" + handle)
                                .get("/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        found -> found.getInt("total") == 1
                                && found.getList("items").size() == 1);
        return new Someone(page.getString("items[0].id"), platform, handle);
    }

    /** Sends another mention from this person's handle. */
    void says(double sentiment, String displayName) {
        mention(platform, handle, displayName, sentiment, "...");
    }

    /** Sends another mention from this person's handle, saying this. */
    void says(String text, String displayName) {
        mention(platform, handle, displayName, 0.3, text);
    }

    /** Waits until the profile counts this many mentions. */
    static void awaitMentions(String id, int count) {
        await().atMost(People.PATIENCE)
                .untilAsserted(() -> given().get("/advocates/" + id).then().body("mentionCount", equalTo(count)));
    }

    private static void mention(String platform, String handle, String displayName, double sentiment, String text) {
        String authorKey = platform + ":" + handle;
        String mention = """
                {"mentionId": "%s", "platform": "%s", "externalId": "%s", "authorKey": "%s",
                 "author": {"handle": "%s", "displayName": "%s", "followers": 50},
                 "url": "https://%s.example/1", "text": "%s", "publishedAt": "2026-11-20T10:15:30Z",
                 "sentiment": %s}
                """.formatted(
                        UUID.randomUUID(),
                        platform,
                        UUID.randomUUID(),
                        authorKey,
                        handle,
                        displayName,
                        platform,
                        text,
                        sentiment);
        People.topics()
                .sendCloudEvent(
                        "advocacy.mentions",
                        authorKey,
                        "io.advocacy.mention.scored.v1",
                        UUID.randomUUID().toString(),
                        mention);
    }
}
