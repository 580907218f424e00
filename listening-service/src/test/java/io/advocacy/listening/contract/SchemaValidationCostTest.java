package io.advocacy.listening.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.advocacy.listening.mention.messaging.MentionScored;
import io.advocacy.platform.events.EventSchemas;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What checking an event against its schema at publish time costs ({@code advocacy.events.validate-schemas}): a
 * {@code mention.scored.v1} with two matches, turned into a tree and validated, as EventPublisher does. Run with
 * {@code ./mvnw -B -o -pl platform/core,platform/testing,listening-service verify -Dtest=SchemaValidationCostTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dadvocacy.benchmark=true}; it prints {@code BENCHMARK ...}.
 */
@EnabledIfSystemProperty(named = "advocacy.benchmark", matches = "true")
class SchemaValidationCostTest {

    @Test
    void measuresTheCostOfValidatingOneEvent() {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var schema = EventSchemas.published().of(MentionScored.TYPE).orElseThrow();
        MentionScored event = new MentionScored(
                UUID.randomUUID(),
                "twitter",
                "1234567890",
                "twitter:ada",
                new MentionScored.Author("ada", "Ada Lovelace", 1200),
                "https://twitter.example/ada/1234567890",
                "Lumen's new release is lovely, the battery lasts all week #lumen",
                OffsetDateTime.parse("2026-11-20T10:15:30Z"),
                0.74,
                "en",
                true,
                61,
                List.of(
                        new MentionScored.Match("lumen", UUID.randomUUID(), 3),
                        new MentionScored.Match("small-world", UUID.randomUUID(), 1)));
        int warmUp = 20_000;
        int measured = 100_000;
        for (int i = 0; i < warmUp; i++) {
            assertThat(EventSchemas.violations(schema, json.valueToTree(event))).isEmpty();
        }
        long start = System.nanoTime();
        int violations = 0;
        for (int i = 0; i < measured; i++) {
            JsonNode tree = json.valueToTree(event);
            violations += EventSchemas.violations(schema, tree).size();
        }
        long nanos = System.nanoTime() - start;
        assertThat(violations).isZero();
        System.out.printf(
                "BENCHMARK schema validation of mention.scored.v1: %.1f µs per event (%d events, tree included)%n",
                nanos / 1000.0 / measured, measured);
    }
}
