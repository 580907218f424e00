package io.advocacy.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The one way a service publishes an event: it is written to the outbox in the caller's transaction and relayed to
 * Kafka as a binary-mode CloudEvent after commit, so a state change and its event are stored or lost together.
 */
@ApplicationScoped
public class EventPublisher {

    private final ObjectMapper json;
    private final EventsConfig config;
    private final EventSchemas schemas = EventSchemas.published();
    private final OutboxTracing tracing;

    public EventPublisher(ObjectMapper json, EventsConfig config, OutboxTracing tracing) {
        this.json = json;
        this.config = config;
        this.tracing = tracing;
    }

    /**
     * Stages the event in the outbox; must be called inside the transaction that makes the state change. With
     * {@code advocacy.events.validate-schemas} on, an event that breaks its type's schema, or whose type has none,
     * fails the call (and so the transaction) with every violation named.
     */
    public Uni<Void> publish(OutgoingEvent event) {
        if (config.validateSchemas()) {
            try {
                conform(event);
            } catch (IllegalStateException e) {
                return Uni.createFrom().failure(e);
            }
        }
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.topic = event.topic();
        row.type = event.type();
        row.source = config.source();
        row.subject = event.subject();
        row.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.payload = toJson(event.data());
        tracing.stamp(row);
        return row.persist().replaceWithVoid();
    }

    private void conform(OutgoingEvent event) {
        var schema = schemas.of(event.type())
                .orElseThrow(() -> new IllegalStateException("No schema for the published event type " + event.type()
                        + ": add " + EventSchemas.PUBLISHED + event.type() + ".json to the service's resources"));
        JsonNode data = json.valueToTree(event.data());
        List<String> violations = EventSchemas.violations(schema, data);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(
                    event.type() + " breaks its schema: " + String.join("; ", violations) + " in " + data);
        }
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
