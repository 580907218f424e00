package io.advocacy.recognition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.advocacy.recognition.award.AdvocateUpdates;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Drives recognition as the other services would: their events on the real topics, badges and levels through the
 * API (the caller's test security must allow it), and reads back what came of it.
 */
public final class Recognition {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String ADVOCATES = "advocacy.advocates";
    public static final String INTERACTIONS = "advocacy.interactions";
    public static final String RECOGNITIONS = "advocacy.recognitions";

    private final List<String> defined = new ArrayList<>();
    private final List<String> levels = new ArrayList<>();

    /** A code no other test uses. */
    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Defines a badge earned once, and remembers it to retire afterwards. */
    public String badge(String prefix, String criteria) {
        return badge(prefix, criteria, null);
    }

    /** Defines a badge, repeatable per {@code period} when one is given, and remembers it to retire afterwards. */
    public String badge(String prefix, String criteria, String period) {
        String code = code(prefix);
        given().contentType("application/json")
                .body(badgeJson(code, criteria, period))
                .post("/badges")
                .then()
                .statusCode(201);
        defined.add(code);
        return code;
    }

    /** A badge definition's JSON. */
    public static String badgeJson(String code, String criteria, String period) {
        return """
                {"code": "%s", "name": "Badge %s", "description": "Recognises %s",
                 "criteriaNarrative": "met %s", "criteria": %s, "image": "https://img.example/%s.png",
                 "repeatable": %s, "period": %s}
                """.formatted(
                code, code, code, code, criteria, code, period != null, period == null ? "null" : "\"" + period + "\"");
    }

    /** Defines a level, and remembers it to retire afterwards. */
    public String level(String prefix, String requires) {
        String code = code(prefix);
        given().contentType("application/json")
                .body("""
                        {"code": "%s", "name": "Level %s", "requires": %s}
                        """.formatted(code, code, requires))
                .post("/levels")
                .then()
                .statusCode(201);
        levels.add(code);
        return code;
    }

    /** Retires what this test defined, so that other tests' people do not earn it. */
    public void retireAll() {
        defined.forEach(code -> given().delete("/badges/" + code).then().statusCode(200));
        levels.forEach(code -> given().delete("/levels/" + code).then().statusCode(200));
        defined.clear();
        levels.clear();
    }

    public static String mention(UUID advocate, double sentiment, String publishedAt) {
        UUID mention = UUID.randomUUID();
        send(
                ADVOCATES,
                advocate,
                AdvocateUpdates.TYPE,
                AdvocateUpdates.json(advocate, 1, mention, sentiment, publishedAt));
        return mention.toString();
    }

    public static void categoryChanged(UUID advocate, String from, String to) {
        send(ADVOCATES, advocate, "io.advocacy.advocate.category-changed.v1", """
                {"advocateId": "%s", "authorKey": "twitter:ada", "previousCategory": %s, "category": "%s",
                 "previousFourA": null, "fourA": "allegiant",
                 "evidence": {"mentionId": "%s", "mentionCount": 3, "averageSentiment": 0.4}, "manager": null}
                """.formatted(
                        advocate, from == null ? "null" : "\"" + from + "\"", to, UUID.randomUUID()));
    }

    /** An interaction's outcome: attended, or declined or no-show. */
    public static String interaction(UUID advocate, String attendance, String dueAt) {
        UUID interaction = UUID.randomUUID();
        String type = "attended".equals(attendance)
                ? "io.advocacy.interaction.completed.v1"
                : "io.advocacy.interaction.missed.v1";
        send(INTERACTIONS, advocate, type, """
                {"interactionId": "%s", "advocateId": "%s", "kind": "check-in", "manager": "demo-manager",
                 "dueAt": "%s", "attendance": "%s", "feedback": null, "recordedBy": "demo-manager",
                 "recordedAt": "%s"}
                """.formatted(interaction, advocate, dueAt, attendance, dueAt));
        return interaction.toString();
    }

    public static void mentoringEnded(UUID mentee, UUID mentor, String reason) {
        send(ADVOCATES, mentee, "io.advocacy.advocate.mentoring-ended.v1", """
                {"advocateId": "%s", "mentorId": "%s", "mentoringId": "%s", "reason": "%s", "endedBy": "matching",
                 "startedAt": "2026-09-01T10:00:00Z", "endedAt": "2026-11-01T10:00:00Z"}
                """.formatted(
                        mentee, mentor, UUID.randomUUID(), reason));
    }

    public static void councilTermEnded(UUID member, String reason) {
        send(ADVOCATES, member, "io.advocacy.advocate.council-term-ended.v1", """
                {"advocateId": "%s", "councilId": "%s", "councilName": "Product council", "membershipId": "%s",
                 "startedAt": "2025-10-31T18:00:00Z", "termEndsAt": "2026-10-31T18:00:00Z",
                 "endedAt": "2026-10-31T18:00:00Z", "reason": "%s", "wasChair": false}
                """.formatted(
                        member, UUID.randomUUID(), UUID.randomUUID(), reason));
    }

    public static String send(String topic, UUID key, String type, String json) {
        return topics().sendCloudEvent(
                        topic, key.toString(), type, UUID.randomUUID().toString(), json);
    }

    /** Waits until the person's fact log holds {@code count} facts: every event that makes one was handled. */
    public static void awaitFacts(UUID advocate, int count) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().get("/advocates/" + advocate + "/facts")
                .then()
                .statusCode(200)
                .body("total", equalTo(count)));
    }

    /** The person's awards of one badge, newest first. */
    public static List<Map<String, Object>> awards(UUID advocate, String badgeCode) {
        JsonPath page = given().queryParam("advocateId", advocate.toString())
                .queryParam("size", 200)
                .get("/awards")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return page.<Map<String, Object>>getList("items").stream()
                .filter(award -> badgeCode.equals(award.get("badgeCode")))
                .toList();
    }

    public static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }
}
