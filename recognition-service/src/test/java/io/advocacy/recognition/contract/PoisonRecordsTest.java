package io.advocacy.recognition.contract;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Records that break the producer's schema, and oversize ones, go to the dead-letter topic with the reason and their
 * original headers, and the consumer goes on with the next record of the same partition.
 */
@QuarkusTest
@TestSecurity(
        user = "admin",
        roles = {"program-admin", "advocate-manager"})
class PoisonRecordsTest {

    private static final String DEAD_LETTERS = "advocacy.interactions.recognition-service.dlq";
    private static final String COMPLETED = "io.advocacy.interaction.completed.v1";

    @Test
    void aRecordThatBreaksTheSchemaAndAnOversizeOneAreDeadLetteredAndTheConsumerGoesOn() {
        UUID ada = UUID.randomUUID();
        // Jackson alone would read a number as an epoch time; the producer's schema says dueAt is a date-time text.
        String wrongSchema =
                Recognition.send(Recognition.INTERACTIONS, ada, COMPLETED, """
                {"interactionId": "%s", "advocateId": "%s", "attendance": "attended", "dueAt": 1763632800}
                """.formatted(UUID.randomUUID(), ada));
        String oversize = Recognition.send(
                Recognition.INTERACTIONS, ada, COMPLETED, """
                {"interactionId": "%s", "advocateId": "%s", "attendance": "attended",
                 "dueAt": "2026-11-01T10:00:00Z", "padding": "%s"}
                """.formatted(UUID.randomUUID(), ada, "x".repeat(300_000)));
        Recognition.interaction(ada, "attended", "2026-11-02T10:00:00Z");

        Map<String, ConsumerRecord<String, String>> dead = new HashMap<>();
        List<ConsumerRecord<String, String>> read = Recognition.topics()
                .readUntil(
                        DEAD_LETTERS,
                        r -> {
                            String id = EventTopics.header(r, "ce_id");
                            if (wrongSchema.equals(id) || oversize.equals(id)) {
                                dead.put(id, r);
                            }
                            return dead.size() == 2;
                        },
                        Recognition.WAIT);
        assertThat(read).isNotEmpty();

        ConsumerRecord<String, String> schema = dead.get(wrongSchema);
        assertThat(EventTopics.header(schema, "dead-letter-reason"))
                .contains(COMPLETED)
                .contains("does not match its schema")
                .contains("dueAt");
        assertThat(EventTopics.header(schema, "dead-letter-topic")).isEqualTo(Recognition.INTERACTIONS);
        assertThat(EventTopics.header(schema, "ce_type")).isEqualTo(COMPLETED);
        assertThat(EventTopics.header(schema, "ce_source")).isEqualTo("/advocacy/test");
        assertThat(schema.key()).isEqualTo(ada.toString());

        ConsumerRecord<String, String> big = dead.get(oversize);
        assertThat(EventTopics.header(big, "dead-letter-reason"))
                .contains("oversize")
                .contains("262144");
        assertThat(EventTopics.header(big, "ce_type")).isEqualTo(COMPLETED);
        assertThat(big.value()).hasSizeGreaterThan(300_000);

        // The valid record behind them on the same partition is processed: the consumer did not stall.
        awaitFacts(ada, 1);
    }
}
