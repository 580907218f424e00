package io.advocacy.recognition.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.recognition.criteria.repository.Fact;
import io.advocacy.recognition.criteria.service.Evaluator;
import io.advocacy.recognition.criteria.service.Rule;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-02T09:00:00Z");

    private final List<Fact> history = new ArrayList<>();

    @Test
    void aCountIsMetByTheFactThatReachesIt() throws Exception {
        add("positive-mention", 0, "m1");
        add("negative-mention", 1, "m2");
        add("positive-mention", 2, "m3");
        assertThat(refs("{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 3}}", null))
                .isEmpty();
        add("positive-mention", 3, "m4");
        assertThat(refs("{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 3}}", null))
                .containsExactly("m4");
    }

    @Test
    void aMissBreaksAStreakOfAttendedInteractions() throws Exception {
        String rule = "{\"streak\": {\"event\": \"interaction-attended\", \"inARow\": 3}}";
        add("interaction-attended", 0, "i1");
        add("interaction-attended", 1, "i2");
        add("interaction-missed", 2, "i3");
        add("interaction-attended", 3, "i4");
        add("interaction-attended", 4, "i5");
        assertThat(refs(rule, null)).isEmpty();
        add("interaction-attended", 5, "i6");
        assertThat(refs(rule, null)).containsExactly("i6");
    }

    @Test
    void aStreakOverWeeksNeedsTheEventInEachWeekOneAfterAnother() throws Exception {
        String rule = "{\"streak\": {\"event\": \"positive-mention\", \"periods\": \"P1W\", \"consecutive\": 3}}";
        add("positive-mention", 0, "w1");
        add("positive-mention", 1, "w1-again");
        add("positive-mention", 7, "w2");
        add("positive-mention", 21, "w4");
        assertThat(refs(rule, null)).isEmpty();
        add("positive-mention", 28, "w5");
        add("positive-mention", 35 + 6, "w6-sunday");
        assertThat(refs(rule, null)).containsExactly("w6-sunday");
    }

    @Test
    void fromDetractorToAdvocateMayTakeSeveralMoves() throws Exception {
        String rule = "{\"event\": \"category-reached\", \"from\": \"detractor side\", \"to\": \"advocate side\"}";
        category(0, null, "casual-advocate");
        assertThat(refs(rule, null)).isEmpty();
        category(1, "casual-advocate", "neutral");
        category(2, "neutral", "social-detractor");
        category(3, "social-detractor", "neutral");
        assertThat(refs(rule, null)).isEmpty();
        category(4, "neutral", "casual-advocate");
        assertThat(refs(rule, null)).containsExactly("c4");
    }

    @Test
    void aRepeatableBadgeIsMetOncePerPeriodWithThatPeriodsFactsOnly() throws Exception {
        String rule = "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 2}}";
        add("positive-mention", -3, "october-1");
        add("positive-mention", 0, "november-1");
        add("positive-mention", 1, "november-2");
        add("positive-mention", 2, "november-3");
        add("positive-mention", 40, "december-1");
        List<Evaluator.Achievement> achievements = Evaluator.achievements(rule(rule), history, "P1M");
        assertThat(achievements).extracting(Evaluator.Achievement::periodKey).containsExactly("2026-11");
        assertThat(achievements).extracting(a -> a.fact().ref).containsExactly("november-2");
    }

    private void add(String kind, int days, String ref) {
        Fact fact = Fact.of(UUID.randomUUID(), kind, MONDAY.plusDays(days), ref);
        fact.id = (long) history.size();
        history.add(fact);
    }

    private void category(int days, String from, String to) {
        add("category-reached", days, "c" + days);
        history.get(history.size() - 1).fromCategory = from;
        history.get(history.size() - 1).toCategory = to;
    }

    private List<String> refs(String criteria, String period) throws Exception {
        return Evaluator.achievements(rule(criteria), history, period).stream()
                .map(a -> a.fact().ref)
                .toList();
    }

    private static Rule rule(String criteria) throws Exception {
        return Rule.of(JSON.readTree(criteria));
    }
}
