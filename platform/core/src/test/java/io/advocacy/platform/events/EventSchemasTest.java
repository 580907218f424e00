package io.advocacy.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "io.advocacy.test.thing.v1";

    private final EventSchemas schemas = EventSchemas.published();

    @Test
    void conformingDataHasNoViolations() throws Exception {
        JsonNode data = JSON.readTree(
                "{\"thingId\": \"0b0c6f0e-8d7a-4a53-9d4f-2f6a1d6c9e10\", \"at\": \"2026-11-23T10:15:30Z\", \"note\": null}");

        assertThat(EventSchemas.violations(schemas.of(TYPE).orElseThrow(), data))
                .isEmpty();
    }

    @Test
    void everyViolationIsNamedWithItsPlace() throws Exception {
        JsonNode data = JSON.readTree("{\"thingId\": \"not-a-uuid\", \"note\": 3, \"extra\": true}");

        var violations = EventSchemas.violations(schemas.of(TYPE).orElseThrow(), data);

        assertThat(String.join("\n", violations))
                .contains("thingId")
                .contains("at")
                .contains("note")
                .contains("extra");
        assertThat(violations).hasSize(4);
    }

    @Test
    void aTypeWithoutSchemaHasNone() {
        assertThat(schemas.of("io.advocacy.test.unknown.v1")).isEmpty();
        assertThat(schemas.of("../../etc/passwd")).isEmpty();
    }
}
