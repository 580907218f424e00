package io.advocacy.recognition.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.platform.problem.Problem;
import io.advocacy.recognition.criteria.service.CriteriaSchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriteriaSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"count\": {\"event\": \"positive-mention\", \"atLeast\": 5}}",
                "{\"streak\": {\"event\": \"interaction-attended\", \"inARow\": 3}}",
                "{\"streak\": {\"event\": \"positive-mention\", \"periods\": \"P1W\", \"consecutive\": 4}}",
                "{\"event\": \"category-reached\", \"from\": \"detractor side\", \"to\": \"advocate side\"}",
                "{\"event\": \"category-reached\", \"to\": \"strong-advocate\"}",
                "{\"event\": \"mentee-settled\"}",
                "{\"event\": \"council-term-served\"}",
                "{\"event\": \"featured\"}"
            })
    void acceptsEachDocumentedForm(String criteria) throws Exception {
        assertThat(violations(criteria)).isEmpty();
    }

    @Test
    void namesEachBadFieldOfACount() throws Exception {
        List<Problem.Violation> violations = violations("{\"count\": {\"event\": \"likes\", \"atLeast\": 0}}");
        assertThat(violations)
                .extracting(Problem.Violation::field)
                .contains("criteria.count.event", "criteria.count.atLeast");
    }

    @Test
    void namesAMissingAndAnUnknownField() throws Exception {
        List<Problem.Violation> violations = violations("{\"count\": {\"event\": \"featured\", \"times\": 2}}");
        assertThat(violations)
                .extracting(Problem.Violation::field)
                .contains("criteria.count.atLeast", "criteria.count.times");
    }

    @Test
    void aStreakNeedsEitherInARowOrPeriodsWithConsecutive() throws Exception {
        List<Problem.Violation> none = violations("{\"streak\": {\"event\": \"positive-mention\"}}");
        assertThat(none).extracting(Problem.Violation::field).contains("criteria.streak.inARow");
        List<Problem.Violation> both =
                violations("{\"streak\": {\"event\": \"positive-mention\", \"periods\": \"P2W\", \"inARow\": 3}}");
        assertThat(both)
                .extracting(Problem.Violation::field)
                .contains("criteria.streak.periods", "criteria.streak.consecutive", "criteria.streak.inARow");
    }

    @Test
    void refusesTwoFormsAtOnceAndNoneAtAll() throws Exception {
        List<Problem.Violation> two =
                violations("{\"count\": {\"event\": \"featured\", \"atLeast\": 2}, \"event\": \"featured\"}");
        assertThat(two).extracting(Problem.Violation::field).contains("criteria.event");
        List<Problem.Violation> none = violations("{}");
        assertThat(none).isNotEmpty();
        List<Problem.Violation> notAnObject = violations("[1]");
        assertThat(notAnObject).extracting(Problem.Violation::field).contains("criteria");
    }

    @Test
    void categoryReachedNeedsAKnownPlaceToReach() throws Exception {
        List<Problem.Violation> violations =
                violations("{\"event\": \"category-reached\", \"from\": \"the dark side\"}");
        assertThat(violations).extracting(Problem.Violation::field).contains("criteria.from", "criteria.to");
        List<Problem.Violation> fromOnOther = violations("{\"event\": \"featured\", \"to\": \"advocate side\"}");
        assertThat(fromOnOther).extracting(Problem.Violation::field).contains("criteria.event");
    }

    private static List<Problem.Violation> violations(String criteria) throws Exception {
        JsonNode node = JSON.readTree(criteria);
        return CriteriaSchema.violations("criteria", node);
    }
}
