package io.advocacy.advocate.mentor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.advocacy.advocate.People;
import io.advocacy.platform.testing.EventTopics;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Makes newcomers and veterans through the API, the way managers do; call with a manager's role. Tests of the buddy
 * system use languages and regions no other test uses, so people of other tests never match.
 */
public final class Buddies {

    private Buddies() {}

    /** A person discovered through one mention of this sentiment (0.6 is positive, 0.0 is not). */
    static String discover(String name, double sentiment) {
        String authorKey = "twitter:" + name + "-" + UUID.randomUUID();
        String handle = authorKey.substring("twitter:".length());
        People.topics()
                .sendCloudEvent(
                        "advocacy.mentions",
                        authorKey,
                        "io.advocacy.mention.scored.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"mentionId": "%s", "platform": "twitter", "externalId": "x", "authorKey": "%s",
                         "author": {"handle": "%s", "displayName": "%s", "followers": 5},
                         "url": "https://twitter.example/1", "text": "...", "publishedAt": "2026-11-20T10:15:30Z",
                         "sentiment": %s}
                        """.formatted(UUID.randomUUID(), authorKey, handle, name, sentiment));
        return await().atMost(People.PATIENCE)
                .until(
                        () -> given().queryParam("authorKey", authorKey)
                                .get("/advocates")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        found -> found.getInt("total") == 1
                                && found.getList("items").size() == 1)
                .getString("items[0].id");
    }

    /** An active person with one positive mention (a veteran under the test configuration) and this locale. */
    public static String veteran(String name, String language, String region) {
        String id = discover(name, 0.6);
        moveThrough(id, "invited", "onboarded", "active");
        setLocale(id, language, region).statusCode(200);
        return id;
    }

    /** A person with this locale who was just onboarded. */
    public static String newcomer(String name, String language, String region) {
        String id = discover(name, 0.6);
        setLocale(id, language, region).statusCode(200);
        moveThrough(id, "invited", "onboarded");
        return id;
    }

    static void moveThrough(String id, String... stages) {
        for (String stage : stages) {
            move(id, stage).statusCode(200);
        }
    }

    static ValidatableResponse move(String id, String stage) {
        return given().contentType("application/json")
                .body("{\"stage\": \"%s\", \"reason\": \"buddy test\"}".formatted(stage))
                .post("/advocates/" + id + "/stage")
                .then();
    }

    static ValidatableResponse setLocale(String id, String language, String region) {
        return given().contentType("application/json")
                .body("{\"language\": %s, \"region\": %s}".formatted(quoted(language), quoted(region)))
                .put("/advocates/" + id + "/locale")
                .then();
    }

    static JsonPath mentor(String id) {
        return given().get("/advocates/" + id + "/mentor")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String mentorId(String id) {
        return mentor(id).getString("mentorId");
    }

    static List<String> mentees(String id) {
        return given().get("/advocates/" + id + "/mentees")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("mentees.advocateId", String.class);
    }

    /** The first event of this type about this person on advocacy.advocates, waiting for it. */
    static JsonPath event(String type, String advocateId) {
        return event(type, advocateId, data -> true);
    }

    /** The first event of this type about this person whose data matches, waiting for it. */
    static JsonPath event(String type, String advocateId, Predicate<JsonPath> data) {
        List<ConsumerRecord<String, String>> records = People.topics()
                .readUntil(
                        "advocacy.advocates",
                        r -> type.equals(EventTopics.header(r, "ce_type"))
                                && advocateId.equals(r.key())
                                && data.test(JsonPath.from(r.value())),
                        People.PATIENCE);
        return JsonPath.from(records.get(records.size() - 1).value());
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
