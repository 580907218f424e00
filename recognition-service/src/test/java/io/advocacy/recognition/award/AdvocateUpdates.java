package io.advocacy.recognition.award;

import io.advocacy.platform.testing.TopicCatalogue;
import io.advocacy.platform.testing.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;

/** Advocate updates as advocate-service writes them, and advocates whose events share a partition. */
public final class AdvocateUpdates {

    public static final String TOPIC = "advocacy.advocates";
    public static final String TYPE = "io.advocacy.advocate.updated.v1";

    private AdvocateUpdates() {}

    /**
     * The full v1 data, with fields this service does not read, as the producer sends it: the last mention positive
     * (0.8) when the person has positive mentions, else neutral.
     */
    public static String json(UUID advocateId, int positiveMentions, UUID mentionId) {
        return json(advocateId, positiveMentions, mentionId, positiveMentions > 0 ? 0.8 : 0.0, "2026-11-20T10:15:30Z");
    }

    /** The full v1 data with the last mention's sentiment and publication time. */
    public static String json(
            UUID advocateId, int positiveMentions, UUID mentionId, double sentiment, String publishedAt) {
        return json(advocateId, 1200, positiveMentions, mentionId, sentiment, publishedAt);
    }

    /** The full v1 data of a person with so many followers. */
    public static String json(
            UUID advocateId,
            int followers,
            int positiveMentions,
            UUID mentionId,
            double sentiment,
            String publishedAt) {
        return """
                {"advocateId": "%s", "authorKey": "twitter:ada", "displayName": "Ada", "followers": %d,
                 "stage": "discovered", "category": "casual-advocate", "fourA": "allegiant",
                 "mentionCount": %d, "positiveMentions": %d, "negativeMentions": 0, "averageSentiment": 0.6,
                 "lastMention": {"mentionId": "%s", "sentiment": %s, "url": "https://twitter.example/%s",
                                 "publishedAt": "%s"}}
                """.formatted(
                        advocateId,
                        followers,
                        Math.max(1, positiveMentions),
                        positiveMentions,
                        mentionId,
                        sentiment,
                        mentionId,
                        publishedAt);
    }

    /**
     * Another advocate whose key lands in the same partition of {@code advocacy.advocates} and of
     * {@code advocacy.recognitions}: once its event has been handled, every earlier event of the given advocate has.
     */
    public static UUID inSamePartitionAs(UUID advocateId) {
        int advocates = partitions(TOPIC);
        int recognitions = partitions("advocacy.recognitions");
        while (true) {
            UUID other = UUID.randomUUID();
            if (partition(other, advocates) == partition(advocateId, advocates)
                    && partition(other, recognitions) == partition(advocateId, recognitions)) {
                return other;
            }
        }
    }

    /** The partition Kafka's default partitioner picks for the key. */
    private static int partition(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitions(String topic) {
        return TopicCatalogue.all().stream()
                .filter(spec -> spec.name().equals(topic))
                .mapToInt(TopicSpec::partitions)
                .findFirst()
                .orElseThrow();
    }
}
