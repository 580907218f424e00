package io.advocacy.advocate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;

/** Makes the service discover people the way it does in production: from a scored mention on real Kafka. */
public final class People {

    /** How long a test waits for an event to be consumed or published. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private People() {}

    public static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    /**
     * Sends a new person's first mention and waits until their profile exists; call with a role that reads profiles.
     *
     * @param name the start of the handle; a random suffix makes the person new
     * @return the person's advocate id
     */
    public static String discover(String name) {
        String authorKey = "twitter:" + name + "-" + UUID.randomUUID();
        String handle = authorKey.substring("twitter:".length());
        String mention = """
                {"mentionId": "%s", "platform": "twitter", "externalId": "x", "authorKey": "%s",
                 "author": {"handle": "%s", "displayName": "%s", "followers": 120},
                 "url": "https://twitter.example/1", "text": "...", "publishedAt": "2026-11-20T10:15:30Z",
                 "sentiment": 0.6}
                """.formatted(UUID.randomUUID(), authorKey, handle, name);
        topics().sendCloudEvent(
                        "advocacy.mentions",
                        authorKey,
                        "io.advocacy.mention.scored.v1",
                        UUID.randomUUID().toString(),
                        mention);
        JsonPath page = await().atMost(PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", authorKey)
                                .get("/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        // Page and total are two reads; a commit between them can count a person not yet listed.
                        found -> found.getInt("total") == 1
                                && found.getList("items").size() == 1);
        return page.getString("items[0].id");
    }
}
