package io.advocacy.recognition.award;

import static io.advocacy.recognition.Recognition.awaitFacts;
import static io.advocacy.recognition.Recognition.awards;
import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.platform.testing.EventTopics;
import io.advocacy.recognition.Recognition;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each kind of criteria, evaluated from the events other services publish on the real topics. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "program-admin")
class CriteriaAwardTest {

    private final Recognition recognition = new Recognition();

    @AfterEach
    void retire() {
        recognition.retireAll();
    }

    @Test
    void aCountOfPositiveMentionsIsAwardedOnTheMentionThatReachesIt() {
        String badge = recognition.badge("vocal", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 3}}");
        UUID ada = UUID.randomUUID();
        Recognition.mention(ada, 0.6, "2026-11-01T10:00:00Z");
        Recognition.mention(ada, 0.0, "2026-11-02T10:00:00Z");
        Recognition.mention(ada, 0.3, "2026-11-03T10:00:00Z");
        Recognition.mention(ada, -0.4, "2026-11-04T10:00:00Z");
        awaitFacts(ada, 3);
        assertThat(awards(ada, badge)).isEmpty();

        String third = Recognition.mention(ada, 0.05, "2026-11-05T10:00:00Z");
        awaitFacts(ada, 4);
        List<Map<String, Object>> awarded = awards(ada, badge);
        assertThat(awarded).hasSize(1);
        assertThat(awarded.get(0).get("reason")).isEqualTo("met " + badge + " " + third);
        assertThat(awarded.get(0).get("period")).isNull();

        List<ConsumerRecord<String, String>> events = Recognition.topics()
                .readUntil(
                        Recognition.RECOGNITIONS,
                        r -> ada.toString().equals(r.key()) && r.value().contains(badge),
                        Recognition.WAIT);
        ConsumerRecord<String, String> event = events.get(events.size() - 1);
        assertThat(EventTopics.header(event, "ce_type")).isEqualTo("io.advocacy.badge.awarded.v1");
        JsonPath data = JsonPath.from(event.value());
        assertThat(data.getString("awardId")).isEqualTo(awarded.get(0).get("id"));
        assertThat(data.getString("badgeName")).isEqualTo("Badge " + badge);
    }

    @Test
    void aMissBreaksAStreakOfAttendedInteractions() {
        String badge =
                recognition.badge("regular", "{\"streak\": {\"event\": \"interaction-attended\", \"inARow\": 3}}");
        UUID ada = UUID.randomUUID();
        Recognition.interaction(ada, "attended", "2026-10-01T10:00:00Z");
        Recognition.interaction(ada, "attended", "2026-10-08T10:00:00Z");
        Recognition.interaction(ada, "no-show", "2026-10-15T10:00:00Z");
        Recognition.interaction(ada, "attended", "2026-10-22T10:00:00Z");
        Recognition.interaction(ada, "attended", "2026-10-29T10:00:00Z");
        awaitFacts(ada, 5);
        assertThat(awards(ada, badge)).isEmpty();

        String third = Recognition.interaction(ada, "attended", "2026-11-05T10:00:00Z");
        awaitFacts(ada, 6);
        assertThat(awards(ada, badge)).singleElement().satisfies(award -> assertThat(award.get("reason"))
                .isEqualTo("met " + badge + " " + third));
    }

    @Test
    void aStreakOverWeeksNeedsAPositiveMentionInEachWeek() {
        String badge = recognition.badge(
                "weekly", "{\"streak\": {\"event\": \"positive-mention\", \"periods\": \"P1W\", \"consecutive\": 3}}");
        UUID ada = UUID.randomUUID();
        Recognition.mention(ada, 0.5, "2026-10-05T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-10-12T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-10-26T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-11-02T10:00:00Z");
        awaitFacts(ada, 4);
        assertThat(awards(ada, badge)).isEmpty();

        Recognition.mention(ada, 0.5, "2026-11-15T23:59:00Z");
        awaitFacts(ada, 5);
        assertThat(awards(ada, badge)).hasSize(1);
    }

    @Test
    void aDetractorWhoBecomesAnAdvocateIsRecognisedEvenOverSeveralMoves() {
        String badge = recognition.badge(
                "turnaround",
                "{\"event\": \"category-reached\", \"from\": \"detractor side\", \"to\": \"advocate side\"}");
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        Recognition.categoryChanged(ada, null, "neutral");
        Recognition.categoryChanged(ada, "neutral", "social-detractor");
        Recognition.categoryChanged(ada, "social-detractor", "neutral");
        Recognition.categoryChanged(bob, null, "casual-advocate");
        awaitFacts(ada, 3);
        awaitFacts(bob, 1);
        assertThat(awards(ada, badge)).isEmpty();
        assertThat(awards(bob, badge)).isEmpty();

        Recognition.categoryChanged(ada, "neutral", "casual-advocate");
        awaitFacts(ada, 4);
        assertThat(awards(ada, badge)).hasSize(1);
    }

    @Test
    void aSettledMenteeCreditsTheirMentor() {
        String badge = recognition.badge("mentor", "{\"event\": \"mentee-settled\"}");
        UUID mentor = UUID.randomUUID();
        UUID mentee = UUID.randomUUID();
        UUID otherMentee = UUID.randomUUID();
        Recognition.mentoringEnded(otherMentee, mentor, "reassigned");
        Recognition.mentoringEnded(mentee, mentor, "settled");
        awaitFacts(mentor, 1);
        assertThat(awards(mentor, badge)).hasSize(1);
        assertThat(awards(mentee, badge)).isEmpty();
    }

    @Test
    void aCouncilTermServedToItsEndIsRecognisedAResignationIsNot() {
        String badge = recognition.badge("council", "{\"event\": \"council-term-served\"}");
        UUID member = UUID.randomUUID();
        Recognition.councilTermEnded(member, "resigned");
        Recognition.councilTermEnded(member, "term-ended");
        awaitFacts(member, 1);
        assertThat(awards(member, badge)).hasSize(1);
    }

    @Test
    void aRepeatableBadgeIsAwardedOncePerPeriodItIsEarnedIn() {
        String badge =
                recognition.badge("monthly", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 2}}", "P1M");
        UUID ada = UUID.randomUUID();
        Recognition.mention(ada, 0.5, "2026-09-10T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-09-20T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-09-30T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-10-10T10:00:00Z");
        Recognition.mention(ada, 0.5, "2026-11-01T00:00:00Z");
        Recognition.mention(ada, 0.5, "2026-11-30T23:59:59Z");
        awaitFacts(ada, 6);
        assertThat(awards(ada, badge))
                .extracting(award -> award.get("period"))
                .containsExactlyInAnyOrder("2026-09", "2026-11");
    }

    @Test
    void theSameCloudEventRedeliveredAndTheSameMentionRepeatedAwardOnce() {
        String badge = recognition.badge("once", "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 1}}");
        UUID ada = UUID.randomUUID();
        UUID mention = UUID.randomUUID();
        String json = AdvocateUpdates.json(ada, 1, mention, 0.7, "2026-11-01T10:00:00Z");
        String eventId = UUID.randomUUID().toString();
        EventTopics topics = Recognition.topics();
        topics.sendCloudEvent(Recognition.ADVOCATES, ada.toString(), AdvocateUpdates.TYPE, eventId, json);
        topics.sendCloudEvent(Recognition.ADVOCATES, ada.toString(), AdvocateUpdates.TYPE, eventId, json);
        topics.sendCloudEvent(
                Recognition.ADVOCATES,
                ada.toString(),
                AdvocateUpdates.TYPE,
                UUID.randomUUID().toString(),
                json);
        Recognition.mention(ada, -0.5, "2026-11-02T10:00:00Z");
        awaitFacts(ada, 2);
        assertThat(awards(ada, badge)).hasSize(1);
    }
}
