package io.advocacy.recognition.award;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fact log's edges: interaction outcomes it cannot read, and people who were erased. */
@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "advocate-manager"})
class HistoryEventsTest {

    private static final String INTERACTION_DEAD_LETTERS = "advocacy.interactions.recognition-service.dlq";

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    @Test
    void anUnreadableOutcomeGoesToTheInteractionsDeadLetterTopicAndTheConsumerGoesOn() {
        UUID ada = UUID.randomUUID();
        Recognition.send(
                Recognition.INTERACTIONS,
                ada,
                "io.advocacy.interaction.completed.v1",
                "{\"advocateId\": \"" + ada + "\", \"attendance\": \"attended\"}");
        Recognition.interaction(ada, "attended", "2026-11-01T10:00:00Z");

        List<ConsumerRecord<String, String>> dead = Recognition.topics()
                .readUntil(INTERACTION_DEAD_LETTERS, r -> ada.toString().equals(r.key()), Recognition.WAIT);
        ConsumerRecord<String, String> record = dead.get(dead.size() - 1);
        assertThat(EventTopics.header(record, "dead-letter-reason")).contains("interactionId");
        awaitFacts(ada, 1);
    }

    @Test
    void anErasedPersonsFactsSpotlightAndLevelsAreForgotten() {
        String voice = recognition.badge("voice", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 1}}");
        String level = recognition.level("heard", "{\"badges\": [\"%s\"]}".formatted(voice));
        UUID ada = UUID.randomUUID();
        Recognition.mention(ada, 0.8, "2026-11-01T10:00:00Z");
        Recognition.interaction(ada, "attended", "2026-11-02T10:00:00Z");
        awaitFacts(ada, 2);
        given().get("/advocates/" + ada + "/recognition").then().body("levels.code", equalTo(List.of(level)));
        given().queryParam("advocateId", ada.toString())
                .get("/spotlight")
                .then()
                .body("total", equalTo(1));

        Recognition.send(Recognition.ADVOCATES, ada, "io.advocacy.advocate.erased.v1", """
                {"advocateId": "%s", "authorKey": "twitter:ada", "erasedAt": "2026-11-23T10:00:00Z"}
                """.formatted(ada));
        awaitFacts(ada, 0);
        Awaitility.await().atMost(Recognition.WAIT).untilAsserted(() -> given().queryParam("advocateId", ada.toString())
                .get("/spotlight")
                .then()
                .body("total", equalTo(0)));
        given().get("/advocates/" + ada + "/recognition").then().body("levels.size()", equalTo(0));
    }
}
