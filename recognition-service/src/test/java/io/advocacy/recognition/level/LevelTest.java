package io.advocacy.recognition.level;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class LevelTest {

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    @Test
    void aLevelIsReachedOnceWithAllItsBadgesAndAnnounced() {
        String voice = recognition.badge("voice", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 1}}");
        String council = recognition.badge("council", "{\"event\": \"council-term-served\"}");
        String champion = recognition.level("champion", "{\"badges\": [\"%s\", \"%s\"]}".formatted(voice, council));
        UUID ada = UUID.randomUUID();

        Recognition.mention(ada, 0.6, "2026-11-01T10:00:00Z");
        awaitFacts(ada, 1);
        given().get("/advocates/" + ada + "/recognition")
                .then()
                .statusCode(200)
                .body("badges.code", hasItem(voice))
                .body("levels", empty())
                .body("nextLevels.find { it.code == '" + champion + "' }.missingBadges", equalTo(List.of(council)));

        Recognition.councilTermEnded(ada, "term-ended");
        awaitFacts(ada, 2);
        Recognition.mention(ada, 0.6, "2026-11-02T10:00:00Z");
        awaitFacts(ada, 3);
        given().get("/advocates/" + ada + "/recognition")
                .then()
                .statusCode(200)
                .body("advocateId", equalTo(ada.toString()))
                .body("badges.code", hasItems(voice, council, "first-voice"))
                .body(
                        "badges.find { it.code == '" + voice + "' }.image",
                        equalTo("https://img.example/" + voice + ".png"))
                .body("levels.code", equalTo(List.of(champion)))
                .body("levels[0].name", equalTo("Level " + champion));

        List<ConsumerRecord<String, String>> read = Recognition.topics()
                .readUntil(
                        Recognition.RECOGNITIONS,
                        r -> ada.toString().equals(r.key())
                                && "io.advocacy.recognition.level-reached.v1".equals(EventTopics.header(r, "ce_type")),
                        Recognition.WAIT);
        ConsumerRecord<String, String> event = read.get(read.size() - 1);
        JsonPath data = JsonPath.from(event.value());
        assertThat(data.getString("advocateId")).isEqualTo(ada.toString());
        assertThat(data.getString("levelCode")).isEqualTo(champion);
        assertThat(data.getList("badges", String.class)).contains(voice, council);
        assertThat(data.getString("reachedAt")).isNotBlank();
    }

    @Test
    void orCountReachesALevelWithAnyBadges() {
        String council = recognition.badge("council", "{\"event\": \"council-term-served\"}");
        String settled = recognition.badge("mentor", "{\"event\": \"mentee-settled\"}");
        String regular = recognition.level("regular", "{\"badges\": [], \"orCount\": 2}");
        UUID ada = UUID.randomUUID();
        Recognition.councilTermEnded(ada, "term-ended");
        awaitFacts(ada, 1);
        given().get("/advocates/" + ada + "/recognition")
                .then()
                .body("levels", empty())
                .body("nextLevels.find { it.code == '" + regular + "' }.badgesToGo", equalTo(1));
        Recognition.mentoringEnded(UUID.randomUUID(), ada, "settled");
        awaitFacts(ada, 2);
        given().get("/advocates/" + ada + "/recognition")
                .then()
                .body("badges.code", containsInAnyOrder(council, settled))
                .body("levels.code", equalTo(List.of(regular)));
    }

    @Test
    void twoEventsOnTwoTopicsAtOnceStillReachTheLevelOnce() {
        String voice = recognition.badge("voice", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 1}}");
        String attended =
                recognition.badge("attended", "{\"count\": {\"event\": \"interaction-attended\", \"atLeast\": 1}}");
        String both = recognition.level("both", "{\"badges\": [\"%s\", \"%s\"]}".formatted(voice, attended));
        for (int i = 0; i < 5; i++) {
            UUID ada = UUID.randomUUID();
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(() -> Recognition.mention(ada, 0.7, "2026-11-01T10:00:00Z")),
                            CompletableFuture.runAsync(
                                    () -> Recognition.interaction(ada, "attended", "2026-11-01T10:00:00Z")))
                    .join();
            awaitFacts(ada, 2);
            given().get("/advocates/" + ada + "/recognition")
                    .then()
                    .body("badges.code", hasItems(voice, attended))
                    .body("levels.code", equalTo(List.of(both)));
        }
    }

    @Test
    void aLevelDefinedAfterItsBadgesWereEarnedIsBackfilledOnce() {
        String council = recognition.badge("council", "{\"event\": \"council-term-served\"}");
        UUID ada = UUID.randomUUID();
        Recognition.councilTermEnded(ada, "term-ended");
        awaitFacts(ada, 1);
        String elder = recognition.level("elder", "{\"badges\": [\"%s\"]}".formatted(council));
        given().get("/advocates/" + ada + "/recognition").then().body("levels", empty());

        given().post("/levels/" + elder + "/backfill")
                .then()
                .statusCode(200)
                .body("levelCode", equalTo(elder))
                .body("reached", equalTo(1));
        given().get("/advocates/" + ada + "/recognition").then().body("levels.code", equalTo(List.of(elder)));
        given().post("/levels/" + elder + "/backfill").then().statusCode(200).body("reached", equalTo(0));
        given().post("/levels/no-such-level/backfill").then().statusCode(404);
    }

    @Test
    void aLevelNeedsBadgesThatExistAndSomethingToRequire() {
        given().contentType("application/json")
                .body("{\"code\": \"odd\", \"name\": \"Odd\", \"requires\": {\"badges\": []}}")
                .post("/levels")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("requires.badgesOrCount"));
        given().contentType("application/json")
                .body("{\"code\": \"odd\", \"name\": \"\", \"requires\": {\"badges\": [\"first-voice\", \"no-such\"]}}")
                .post("/levels")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
        given().contentType("application/json")
                .body(
                        "{\"code\": \"odd\", \"name\": \"Odd\", \"requires\": {\"badges\": [\"first-voice\", \"no-such\"]}}")
                .post("/levels")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("requires.badges[1]")));
        given().get("/levels/odd").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ada", roles = "advocate")
    void anAdvocateWithoutTheirIdInTheTokenSeesNobodysRecognition() {
        given().get("/advocates/" + UUID.randomUUID() + "/recognition").then().statusCode(403);
        given().get("/levels").then().statusCode(403);
    }
}
