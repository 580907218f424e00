package io.advocacy.interaction.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.interaction.playbook.service.Condition;
import io.advocacy.interaction.playbook.service.Playbooks;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Reading and checking playbooks, and their conditions, without the service. */
class PlaybooksTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    @Test
    void theBuiltInPlaybooksAreValid() {
        List<Playbooks.Playbook> read = Playbooks.read(
                "built-in", getClass().getClassLoader().getResourceAsStream("playbooks.json"), VALIDATOR);
        assertThat(read)
                .extracting(p -> p.definition().name())
                .containsExactly("thank-you", "care-outreach", "welcome", "re-engagement");
    }

    @Test
    void anInvalidFileIsRefusedNamingEachFieldAndWhy() {
        String file = """
                {"playbooks": [
                  {"name": "a", "trigger": {"event": "io.advocacy.advocate.updated.v1", "when": "sentiment >> 1"},
                   "kind": "thank-you", "dueWithin": "PT0S", "reason": "r"},
                  {"name": "a", "trigger": {"event": "mention.scored"}, "kind": "check-in", "dueWithin": "PT1H",
                   "reason": ""},
                  {"name": "b", "trigger": {"event": "io.advocacy.advocate.updated.v1", "when": "x in y"},
                   "dueWithin": "PT1H", "reason": "r"}
                ]}
                """;
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Invalid playbooks in test.json: ")
                .hasMessageContaining("playbooks[0].trigger.when cannot read \"sentiment >> 1\"")
                .hasMessageContaining("playbooks[0].dueWithin must be positive")
                .hasMessageContaining("playbooks[1].name a is used twice")
                .hasMessageContaining("playbooks[1].trigger.event must be an advocate event type")
                .hasMessageContaining("playbooks[1].kind must not be check-in")
                .hasMessageContaining("playbooks[1].reason must not be blank")
                .hasMessageContaining("playbooks[2].kind must not be blank")
                .hasMessageContaining("playbooks[2].trigger.when \"x in y\": in needs a list");
    }

    @Test
    void anUnknownFieldOrMalformedJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"playbooks\": [{\"name\": \"a\", \"due\": \"PT1H\"}]}"))
                .hasMessageContaining("Invalid playbooks in test.json")
                .hasMessageContaining("due");
        assertThatThrownBy(() -> read("{\"playbooks\": [")).hasMessageContaining("Invalid playbooks in test.json");
    }

    @Test
    void conditionsCompareNumbersWordsListsAndMissingFields() throws Exception {
        JsonNode data = new ObjectMapper().readTree("""
                {"category": "social-detractor", "previousCategory": null, "lastMention": {"sentiment": 0.05}}
                """);
        assertThat(Condition.parse("lastMention.sentiment >= 0.05").matches(data))
                .isTrue();
        assertThat(Condition.parse("lastMention.sentiment > 0.05").matches(data))
                .isFalse();
        assertThat(Condition.parse("lastMention.sentiment < 1 and category == social-detractor")
                        .matches(data))
                .isTrue();
        assertThat(Condition.parse("category in [strong-detractor, social-detractor] and previousCategory not in"
                                + " [strong-detractor, social-detractor]")
                        .matches(data))
                .isTrue();
        assertThat(Condition.parse("previousCategory == null").matches(data)).isTrue();
        assertThat(Condition.parse("stage == onboarded").matches(data)).isFalse();
        assertThat(Condition.parse("missing.path >= 1").matches(data)).isFalse();
        assertThat(Condition.parse("category != 'neutral'").matches(data)).isTrue();
        assertThat(Condition.parse("").matches(data)).isTrue();
    }

    private static List<Playbooks.Playbook> read(String json) {
        return Playbooks.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), VALIDATOR);
    }
}
