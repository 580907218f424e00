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
final class Awarded {

    private Awarded() {}

    /**
     * A first positive mention for a new advocate, and the award it earned, as {@code badge.awarded.v1} announced it.
     */
    static Award firstVoice() {
        UUID advocate = UUID.randomUUID();
        EventTopics topics = new EventTopics(RealInfrastructure.kafka().bootstrapServers());
        topics.sendCloudEvent(
                AdvocateUpdates.TOPIC,
                advocate.toString(),
                AdvocateUpdates.TYPE,
                UUID.randomUUID().toString(),
                AdvocateUpdates.json(advocate, 1, UUID.randomUUID()));
        List<ConsumerRecord<String, String>> read = topics.readUntil(
                "advocacy.recognitions", r -> advocate.toString().equals(r.key()), Duration.ofSeconds(30));
        JsonPath event = JsonPath.from(read.get(read.size() - 1).value());
        return new Award(UUID.fromString(event.getString("awardId")), advocate, event.getString("awardedAt"));
    }

    /** An award as its event names it. */
    record Award(UUID id, UUID advocateId, String awardedAt) {}
}
