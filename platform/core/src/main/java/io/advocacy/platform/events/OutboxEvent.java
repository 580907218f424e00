package io.advocacy.platform.events;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event written in the same transaction as the state change it announces, waiting to be relayed to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order; the relay publishes in this order so one subject's events keep their order. */
    @Column(insertable = false, updatable = false)
    public Long position;

    public String topic;

    @Column(name = "event_type")
    public String type;

    public String source;

    public String subject;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String payload;

    /** The W3C {@code traceparent} of the transaction that wrote the event, or null outside a trace. */
    public String traceparent;

    /** The W3C {@code tracestate} that came with {@link #traceparent}, or null. */
    public String tracestate;
}
