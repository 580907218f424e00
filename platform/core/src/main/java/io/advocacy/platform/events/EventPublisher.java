package io.advocacy.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The one way a service publishes an event: it is written to the outbox in the caller's transaction and relayed to
 * Kafka as a binary-mode CloudEvent after commit, so a state change and its event are stored or lost together.
 */
@ApplicationScoped
public class EventPublisher {

    private final ObjectMapper json;
    private final EventsConfig config;
    private final OutboxTracing tracing;

    public EventPublisher(ObjectMapper json, EventsConfig config, OutboxTracing tracing) {
        this.json = json;
        this.config = config;
        this.tracing = tracing;
    }

    /** Stages the event in the outbox; must be called inside the transaction that makes the state change. */
    public Uni<Void> publish(OutgoingEvent event) {
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

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
