package io.advocacy.recognition.award;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class FirstVoiceAwardTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RECOGNITIONS = "advocacy.recognitions";
    private static final String DEAD_LETTERS = "advocacy.advocates.recognition-service.dlq";

    @Test
    void awardsFirstVoiceOnceForAPositiveMention() {
        UUID advocate = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        send(advocate, UUID.randomUUID().toString(), AdvocateUpdates.json(advocate, 1, mention));

        awaitAwards(advocate, 1);
        String awardId = given().queryParam("advocateId", advocate.toString())
                .get("/awards")
                .then()
                .statusCode(200)
                .body("items[0].badgeCode", equalTo("first-voice"))
                .body("items[0].reason", equalTo("first positive mention " + mention))
                .extract()
                .path("items[0].id");
        given().get("/awards/" + awardId)
                .then()
                .statusCode(200)
                .body("advocateId", equalTo(advocate.toString()))
                .body("badgeCode", equalTo("first-voice"));

        List<ConsumerRecord<String, String>> published = badgeEventsOf(advocate);
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.get(0);
        assertThat(record.key()).isEqualTo(advocate.toString());
        assertThat(EventTopics.header(record, "ce_type")).isEqualTo("io.advocacy.badge.awarded.v1");
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo(advocate.toString());
        assertThat(EventTopics.header(record, "ce_source")).isEqualTo("/advocacy/recognition-service");
        JsonPath data = JsonPath.from(record.value());
        assertThat(data.getString("awardId")).isEqualTo(awardId);
        assertThat(data.getString("advocateId")).isEqualTo(advocate.toString());
        assertThat(data.getString("badgeCode")).isEqualTo("first-voice");
        assertThat(data.getString("badgeName")).isEqualTo("First Voice");
        assertThat(data.getString("reason")).isEqualTo("first positive mention " + mention);
        assertThat(data.getString("awardedAt")).isNotBlank();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID advocate = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(advocate, eventId, AdvocateUpdates.json(advocate, 1, first));
        send(advocate, eventId, AdvocateUpdates.json(advocate, 1, first));
        send(advocate, UUID.randomUUID().toString(), AdvocateUpdates.json(advocate, 2, UUID.randomUUID()));

        assertThat(badgeEventsOf(advocate)).hasSize(1);
        given().queryParam("advocateId", advocate.toString())
                .get("/awards")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].reason", equalTo("first positive mention " + first));
    }

    @Test
    void noBadgeWithoutAPositiveMention() {
        UUID advocate = UUID.randomUUID();
        send(advocate, UUID.randomUUID().toString(), AdvocateUpdates.json(advocate, 0, UUID.randomUUID()));

        assertThat(badgeEventsOf(advocate)).isEmpty();
        given().queryParam("advocateId", advocate.toString())
                .get("/awards")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        UUID advocate = UUID.randomUUID();
        String key = advocate.toString();
        topics().sendCloudEvent(
                        AdvocateUpdates.TOPIC,
                        key,
                        AdvocateUpdates.TYPE,
                        UUID.randomUUID().toString(),
                        "{not json");
        topics().send(AdvocateUpdates.TOPIC, key, Map.of(), AdvocateUpdates.json(advocate, 1, UUID.randomUUID()));
        UUID mention = UUID.randomUUID();
        send(advocate, UUID.randomUUID().toString(), AdvocateUpdates.json(advocate, 1, mention));

        AtomicInteger seen = new AtomicInteger();
        List<ConsumerRecord<String, String>> dead =
                topics().readUntil(DEAD_LETTERS, r -> key.equals(r.key()) && seen.incrementAndGet() == 2, WAIT).stream()
                        .filter(r -> key.equals(r.key()))
                        .toList();
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).value()).isEqualTo("{not json");
        assertThat(EventTopics.header(dead.get(0), "dead-letter-reason")).contains("not valid");
        assertThat(EventTopics.header(dead.get(1), "dead-letter-reason")).contains("not a CloudEvent");
        assertThat(dead).allSatisfy(r -> assertThat(EventTopics.header(r, "dead-letter-reason"))
                .isNotBlank());

        awaitAwards(advocate, 1);
        given().queryParam("advocateId", key)
                .get("/awards")
                .then()
                .body("items[0].reason", containsString(mention.toString()));
    }

    private void send(UUID advocate, String eventId, String json) {
        topics().sendCloudEvent(AdvocateUpdates.TOPIC, advocate.toString(), AdvocateUpdates.TYPE, eventId, json);
    }

    private void awaitAwards(UUID advocate, int count) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> given().queryParam("advocateId", advocate.toString())
                .get("/awards")
                .then()
                .statusCode(200)
                .body("total", equalTo(count)));
    }

    /**
     * Every badge event published for the advocate once all of their events sent so far have been handled: a positive
     * update for another advocate in the same partitions goes last, and its badge event is awaited.
     */
    private List<ConsumerRecord<String, String>> badgeEventsOf(UUID advocate) {
        UUID marker = AdvocateUpdates.inSamePartitionAs(advocate);
        send(marker, UUID.randomUUID().toString(), AdvocateUpdates.json(marker, 1, UUID.randomUUID()));
        return topics().readUntil(RECOGNITIONS, r -> marker.toString().equals(r.key()), WAIT).stream()
                .filter(r -> advocate.toString().equals(r.key()))
                .toList();
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }
}
