package io.advocacy.recognition.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A breaking change is a new type version, consumed beside the old one during a migration: a test-only consumer
 * ({@link MigratingConsumer}) handles {@code io.advocacy.test.greeting.v1} and its breaking {@code .v2} from the same
 * topic, each through its own record and contract, while a {@code .v3} it does not know yet is dead-lettered (to be
 * replayed once it does) and the records behind it are still handled.
 */
@QuarkusTest
@TestProfile(TypeMigrationTest.Migration.class)
class TypeMigrationTest {

    private static final String DEAD_LETTERS = "advocacy.interactions.recognition-service.dlq";

    /** Switches the test-only consumer on, reading advocacy.interactions in its own consumer group. */
    public static class Migration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String channel = "mp.messaging.incoming.migration.";
            Map<String, String> config = new HashMap<>();
            config.put("advocacy.test.migration", "true");
            config.put(channel + "connector", "smallrye-kafka");
            config.put(channel + "topic", Recognition.INTERACTIONS);
            config.put(channel + "group.id", "recognition-service-migration-test");
            config.put(channel + "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
            config.put(channel + "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
            config.put(channel + "auto.offset.reset", "latest");
            config.put(channel + "failure-strategy", "dead-letter-queue");
            config.put(channel + "dead-letter-queue.topic", DEAD_LETTERS);
            config.put(
                    channel + "dead-letter-queue.key.serializer",
                    "org.apache.kafka.common.serialization.StringSerializer");
            config.put(
                    channel + "dead-letter-queue.value.serializer",
                    "org.apache.kafka.common.serialization.StringSerializer");
            return config;
        }
    }

    @Test
    void bothVersionsAreHandledSideBySideAndAnUnknownOneIsDeadLettered() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID cy = UUID.randomUUID();
        UUID dee = UUID.randomUUID();
        // The consumer reads from the latest offset: wait until it has joined before sending.
        await().atMost(Recognition.WAIT)
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> {
                    UUID probe = UUID.randomUUID();
                    Recognition.send(
                            Recognition.INTERACTIONS,
                            probe,
                            MigratingConsumer.V1,
                            "{\"advocateId\": \"%s\", \"name\": \"probe\"}".formatted(probe));
                    Thread.sleep(500);
                    return MigratingConsumer.GREETED.containsKey(probe);
                });

        Recognition.send(
                Recognition.INTERACTIONS,
                ada,
                MigratingConsumer.V1,
                "{\"advocateId\": \"%s\", \"name\": \"Ada Lovelace\"}".formatted(ada));
        Recognition.send(
                Recognition.INTERACTIONS,
                bob,
                MigratingConsumer.V2,
                "{\"advocateId\": \"%s\", \"name\": {\"given\": \"Bob\", \"family\": \"Kahn\"}}".formatted(bob));
        String v3 = Recognition.send(
                Recognition.INTERACTIONS,
                cy,
                "io.advocacy.test.greeting.v3",
                "{\"advocateId\": \"%s\", \"greeting\": \"Cy\"}".formatted(cy));
        // A v1 record in the v2 shape breaks the v1 contract: poison, not a half-read greeting.
        String mixedUp = Recognition.send(
                Recognition.INTERACTIONS,
                dee,
                MigratingConsumer.V1,
                "{\"advocateId\": \"%s\", \"name\": {\"given\": \"Dee\", \"family\": \"Ray\"}}".formatted(dee));
        Recognition.send(
                Recognition.INTERACTIONS,
                cy,
                MigratingConsumer.V2,
                "{\"advocateId\": \"%s\", \"name\": {\"given\": \"Cy\", \"family\": \"Young\"}}".formatted(cy));

        await().atMost(Recognition.WAIT).untilAsserted(() -> assertThat(MigratingConsumer.GREETED)
                .containsEntry(ada, "v1 Ada Lovelace")
                .containsEntry(bob, "v2 Bob Kahn")
                .containsEntry(cy, "v2 Cy Young"));
        assertThat(MigratingConsumer.GREETED).doesNotContainKey(dee);

        Map<String, String> reasons = new HashMap<>();
        Recognition.topics()
                .readUntil(
                        DEAD_LETTERS,
                        r -> {
                            String id = EventTopics.header(r, "ce_id");
                            if (v3.equals(id) || mixedUp.equals(id)) {
                                reasons.put(id, EventTopics.header(r, "dead-letter-reason"));
                            }
                            return reasons.size() == 2;
                        },
                        Recognition.WAIT);
        assertThat(reasons.get(v3)).contains("unknown version of a handled event type: io.advocacy.test.greeting.v3");
        assertThat(reasons.get(mixedUp)).contains("does not match its schema").contains("name");
    }
}
