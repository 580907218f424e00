package io.advocacy.recognition.credential;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.advocacy.recognition.award.AdvocateUpdates;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Awards made the way the service makes them, from an advocate update, read back from the badge event. */
public final class Awarded {

    private Awarded() {}

    /**
     * A first positive mention for a new advocate, and the award it earned, as {@code badge.awarded.v1} announced it.
     */
    public static Award firstVoice() {
        return firstVoice(null);
    }

    /** The same, with the person's email address in the update when it is not null, as advocate-service sends it. */
    public static Award firstVoice(String email) {
        UUID advocate = UUID.randomUUID();
        String json = AdvocateUpdates.json(advocate, 1, UUID.randomUUID());
        if (email != null) {
            json = json.replaceFirst("\\{", "{\"email\": \"" + email + "\", ");
        }
        topics().sendCloudEvent(
                        AdvocateUpdates.TOPIC,
                        advocate.toString(),
                        AdvocateUpdates.TYPE,
                        UUID.randomUUID().toString(),
                        json);
        List<ConsumerRecord<String, String>> read = topics().readUntil(
                        "advocacy.recognitions", r -> advocate.toString().equals(r.key()), Duration.ofSeconds(30));
        JsonPath event = JsonPath.from(read.get(read.size() - 1).value());
        return new Award(UUID.fromString(event.getString("awardId")), advocate, event.getString("awardedAt"));
    }

    /** Advocate-service erases the person. */
    public static void erase(UUID advocate) {
        topics().sendCloudEvent(
                        AdvocateUpdates.TOPIC,
                        advocate.toString(),
                        "io.advocacy.advocate.erased.v1",
                        UUID.randomUUID().toString(),
                        """
                        {"advocateId": "%s", "authorKey": "twitter:ada", "erasedAt": "2026-11-23T10:00:00Z"}
                        """.formatted(advocate));
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    /** An award as its event names it. */
    public record Award(UUID id, UUID advocateId, String awardedAt) {}
}
