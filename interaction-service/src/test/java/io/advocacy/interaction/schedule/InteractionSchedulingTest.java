package io.advocacy.interaction.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.platform.testing.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "manager", roles = "advocate-manager")
class InteractionSchedulingTest {

    private static final String ADVOCATES = "advocacy.advocates";
    private static final String INTERACTIONS = "advocacy.interactions";
    private static final String DEAD_LETTERS = "advocacy.advocates.interaction-service.dlq";
    private static final String UPDATED = "io.advocacy.advocate.updated.v1";
    private static final String CATEGORY_CHANGED = "io.advocacy.advocate.category-changed.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void schedulesAThankYouForAPositiveMention() {
        UUID advocate = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        send(advocate, UPDATED, updated(advocate, mention, 0.8));

        JsonPath page = awaitInteractions(advocate, 1);
        assertThat(page.getString("items[0].kind")).isEqualTo("thank-you");
        assertThat(page.getString("items[0].manager")).isEqualTo("demo-manager");
        assertThat(page.getString("items[0].status")).isEqualTo("scheduled");
        assertThat(page.getString("items[0].triggerMentionId")).isEqualTo(mention.toString());
        assertThat(page.getString("items[0].reason"))
                .isEqualTo("thank for positive mention https://twitter.example/" + mention);
        assertThat(OffsetDateTime.parse(page.getString("items[0].dueAt")))
                .isCloseTo(OffsetDateTime.now().plusHours(24), within(1, ChronoUnit.MINUTES));

        String id = page.getString("items[0].id");
        given().when()
                .get("/interactions/" + id)
                .then()
                .statusCode(200)
                .body("advocateId", equalTo(advocate.toString()))
                .body("kind", equalTo("thank-you"));

        var records = topics().readUntil(INTERACTIONS, r -> r.value().contains(id), PATIENCE);
        var record = records.get(records.size() - 1);
        assertThat(record.key()).isEqualTo(advocate.toString());
        assertThat(EventTopics.header(record, "ce_type")).isEqualTo("io.advocacy.interaction.scheduled.v1");
        assertThat(EventTopics.header(record, "ce_subject")).isEqualTo(advocate.toString());
        assertThat(EventTopics.header(record, "ce_source")).isEqualTo("/advocacy/interaction-service");
        assertThat(record.value())
                .contains("\"kind\":\"thank-you\"")
                .contains("\"manager\":\"demo-manager\"")
                .contains("\"triggerMentionId\":\"" + mention + "\"");
    }

    @Test
    void schedulesCareOutreachWhenSomeoneBecomesADetractor() {
        UUID fromNeutral = UUID.randomUUID();
        UUID justDiscovered = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        send(fromNeutral, CATEGORY_CHANGED, categoryChanged(fromNeutral, "neutral", "social-detractor", mention));
        send(justDiscovered, CATEGORY_CHANGED, categoryChanged(justDiscovered, null, "strong-detractor", mention));

        JsonPath page = awaitInteractions(fromNeutral, 1);
        assertThat(page.getString("items[0].kind")).isEqualTo("care-outreach");
        assertThat(page.getString("items[0].manager")).isEqualTo("demo-manager");
        assertThat(page.getString("items[0].status")).isEqualTo("scheduled");
        assertThat(page.getString("items[0].reason")).isEqualTo("care outreach: became social-detractor");
        assertThat(page.getString("items[0].triggerMentionId")).isEqualTo(mention.toString());
        assertThat(OffsetDateTime.parse(page.getString("items[0].dueAt")))
                .isCloseTo(OffsetDateTime.now().plusHours(4), within(1, ChronoUnit.MINUTES));

        JsonPath discovered = awaitInteractions(justDiscovered, 1);
        assertThat(discovered.getString("items[0].kind")).isEqualTo("care-outreach");
        assertThat(discovered.getString("items[0].reason")).isEqualTo("care outreach: became strong-detractor");
    }

    @Test
    void anInteractionGoesToTheManagerTheAdvocateEventNames() {
        UUID thanked = UUID.randomUUID();
        UUID detractor = UUID.randomUUID();
        send(thanked, UPDATED, withManager(updated(thanked, UUID.randomUUID(), 0.8), "\"maria\""));
        send(
                detractor,
                CATEGORY_CHANGED,
                withManager(categoryChanged(detractor, "neutral", "social-detractor", UUID.randomUUID()), "\"omar\""));

        JsonPath thankYou = awaitInteractions(thanked, 1);
        assertThat(thankYou.getString("items[0].kind")).isEqualTo("thank-you");
        assertThat(thankYou.getString("items[0].manager")).isEqualTo("maria");
        JsonPath outreach = awaitInteractions(detractor, 1);
        assertThat(outreach.getString("items[0].kind")).isEqualTo("care-outreach");
        assertThat(outreach.getString("items[0].manager")).isEqualTo("omar");

        String id = thankYou.getString("items[0].id");
        var records = topics().readUntil(INTERACTIONS, r -> r.value().contains(id), PATIENCE);
        assertThat(records.get(records.size() - 1).value()).contains("\"manager\":\"maria\"");
    }

    @Test
    void anInteractionForSomeoneNobodyLooksAfterGoesToAConfiguredManager() {
        UUID advocate = UUID.randomUUID();
        send(advocate, UPDATED, withManager(updated(advocate, UUID.randomUUID(), 0.8), "null"));

        JsonPath page = awaitInteractions(advocate, 1);
        assertThat(page.getString("items[0].manager")).isEqualTo("demo-manager");
    }

    @Test
    void noCareOutreachWhenADetractorStaysADetractor() {
        UUID advocate = UUID.randomUUID();
        send(
                advocate,
                CATEGORY_CHANGED,
                categoryChanged(advocate, "social-detractor", "strong-detractor", UUID.randomUUID()));
        // Events about one person are consumed in order: once this one is done, the one before it is too.
        send(advocate, UPDATED, updated(advocate, UUID.randomUUID(), 0.6));

        JsonPath page = awaitInteractions(advocate, 1);
        assertThat(page.getList("items.kind", String.class)).containsExactly("thank-you");
    }

    @Test
    void noThankYouForANegativeMention() {
        UUID advocate = UUID.randomUUID();
        send(advocate, UPDATED, updated(advocate, UUID.randomUUID(), -0.6));
        send(advocate, UPDATED, updated(advocate, UUID.randomUUID(), 0.04));
        send(advocate, CATEGORY_CHANGED, categoryChanged(advocate, "neutral", "casual-detractor", UUID.randomUUID()));

        JsonPath page = awaitInteractions(advocate, 1);
        assertThat(page.getList("items.kind", String.class)).containsExactly("care-outreach");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID advocate = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        String payload = updated(advocate, mention, 0.9);
        String eventId = UUID.randomUUID().toString();
        topics().sendCloudEvent(ADVOCATES, advocate.toString(), UPDATED, eventId, payload);
        topics().sendCloudEvent(ADVOCATES, advocate.toString(), UPDATED, eventId, payload);
        send(advocate, CATEGORY_CHANGED, categoryChanged(advocate, "neutral", "casual-detractor", UUID.randomUUID()));

        JsonPath page = awaitInteractions(advocate, 2);
        assertThat(page.getList("items.kind", String.class)).containsExactly("care-outreach", "thank-you");

        List<ConsumerRecord<String, String>> published = publishedAbout(advocate, "care-outreach");
        assertThat(published)
                .filteredOn(r -> r.value().contains("\"kind\":\"thank-you\""))
                .hasSize(1);
    }

    @Test
    void aMentionReportedAgainIsThankedForOnce() {
        UUID advocate = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        send(advocate, UPDATED, updated(advocate, mention, 0.9));
        send(advocate, UPDATED, updated(advocate, mention, 0.9));
        send(advocate, CATEGORY_CHANGED, categoryChanged(advocate, "neutral", "casual-detractor", UUID.randomUUID()));

        JsonPath page = awaitInteractions(advocate, 2);
        assertThat(page.getList("items.kind", String.class)).containsExactly("care-outreach", "thank-you");
        assertThat(publishedAbout(advocate, "care-outreach"))
                .filteredOn(r -> r.value().contains("\"kind\":\"thank-you\""))
                .hasSize(1);
    }

    @Test
    void listsAnAdvocatesInteractionsSoonestDueFirstAndByManagerAndStatus() {
        UUID advocate = UUID.randomUUID();
        send(advocate, UPDATED, updated(advocate, UUID.randomUUID(), 0.7));
        send(advocate, CATEGORY_CHANGED, categoryChanged(advocate, null, "casual-detractor", UUID.randomUUID()));

        JsonPath page = awaitInteractions(advocate, 2);
        assertThat(page.getList("items.kind", String.class)).containsExactly("care-outreach", "thank-you");
        assertThat(page.getInt("total")).isEqualTo(2);

        given().queryParam("advocateId", advocate)
                .queryParam("manager", "demo-manager")
                .queryParam("status", "scheduled")
                .queryParam("size", 1)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].kind", equalTo("care-outreach"))
                .body("total", equalTo(2));
        given().queryParam("advocateId", advocate)
                .queryParam("status", "done")
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String notJson = UUID.randomUUID().toString();
        String notACloudEvent = UUID.randomUUID().toString();
        String unknownVersion = UUID.randomUUID().toString();
        String invalidData = UUID.randomUUID().toString();
        topics().sendCloudEvent(ADVOCATES, notJson, UPDATED, UUID.randomUUID().toString(), "{\"advocateId\": ");
        topics().send(
                        ADVOCATES,
                        notACloudEvent,
                        Map.of("content-type", "application/json"),
                        updated(UUID.fromString(notACloudEvent), UUID.randomUUID(), 0.9));
        topics().sendCloudEvent(
                        ADVOCATES,
                        unknownVersion,
                        "io.advocacy.advocate.updated.v9",
                        UUID.randomUUID().toString(),
                        updated(UUID.fromString(unknownVersion), UUID.randomUUID(), 0.9));
        topics().sendCloudEvent(
                        ADVOCATES,
                        invalidData,
                        UPDATED,
                        UUID.randomUUID().toString(),
                        "{\"lastMention\": {\"sentiment\": 0.9}}");

        Set<String> expected = Set.of(notJson, notACloudEvent, unknownVersion, invalidData);
        Set<String> found = new HashSet<>();
        var records = topics().readUntil(
                        DEAD_LETTERS,
                        r -> expected.contains(r.key()) && found.add(r.key()) && found.size() == expected.size(),
                        PATIENCE);
        var deadLetters =
                records.stream().filter(r -> expected.contains(r.key())).toList();
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(deadLetters).allSatisfy(r -> assertThat(EventTopics.header(r, "dead-letter-reason"))
                .isNotBlank());

        UUID advocate = UUID.randomUUID();
        send(advocate, UPDATED, updated(advocate, UUID.randomUUID(), 0.5));
        JsonPath page = awaitInteractions(advocate, 1);
        assertThat(page.getString("items[0].kind")).isEqualTo("thank-you");
    }

    private static EventTopics topics() {
        return new EventTopics(RealInfrastructure.kafka().bootstrapServers());
    }

    private static void send(UUID advocate, String type, String data) {
        topics().sendCloudEvent(
                        ADVOCATES, advocate.toString(), type, UUID.randomUUID().toString(), data);
    }

    /** Waits until the person has this many interactions, and answers their first page. */
    private static JsonPath awaitInteractions(UUID advocate, int count) {
        return await().atMost(PATIENCE)
                .until(
                        () -> interactionsOf(advocate),
                        page -> page.getInt("total") == count
                                && page.getList("items").size() == count);
    }

    private static JsonPath interactionsOf(UUID advocate) {
        return given().queryParam("advocateId", advocate)
                .when()
                .get("/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The interactions published about a person, read until one of the given kind appears. */
    private static List<ConsumerRecord<String, String>> publishedAbout(UUID advocate, String lastKind) {
        String key = advocate.toString();
        return topics()
                .readUntil(
                        INTERACTIONS,
                        r -> key.equals(r.key()) && r.value().contains("\"kind\":\"" + lastKind + "\""),
                        PATIENCE)
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
    }

    private static String updated(UUID advocate, UUID mention, double sentiment) {
        return """
                {"advocateId": "%s", "authorKey": "twitter:ada", "displayName": "Ada", "followers": 1200,
                 "stage": "discovered", "category": "casual-advocate", "fourA": "allegiant",
                 "mentionCount": 3, "positiveMentions": 2, "negativeMentions": 0, "averageSentiment": 0.4,
                 "lastMention": {"mentionId": "%s", "sentiment": %s, "url": "https://twitter.example/%s",
                                 "publishedAt": "2026-11-20T10:15:30Z"}}
                """.formatted(advocate, mention, sentiment, mention);
    }

    /** The event's data with a {@code manager} field: a JSON string, or {@code null}. */
    private static String withManager(String data, String manager) {
        String json = data.strip();
        return json.substring(0, json.length() - 1) + ", \"manager\": " + manager + "}";
    }

    private static String categoryChanged(UUID advocate, String previous, String category, UUID mention) {
        return """
                {"advocateId": "%s", "authorKey": "twitter:ada", "previousCategory": %s, "category": "%s",
                 "previousFourA": null, "fourA": "alienated",
                 "evidence": {"mentionId": "%s", "mentionCount": 4, "averageSentiment": -0.5}}
                """.formatted(advocate, previous == null ? "null" : "\"" + previous + "\"", category, mention);
    }
}
