package io.advocacy.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service stamps and relays the events it publishes. */
@ConfigMapping(prefix = "advocacy.events")
public interface EventsConfig {

    /** The CloudEvents source of every event this service publishes. */
    String source();

    /** Outbox rows relayed to Kafka in one transaction. */
    @WithDefault("200")
    int relayBatchSize();

    /** How often the outbox is polled for committed events. */
    @WithDefault("0.25s")
    String relayInterval();

    /** How often the outbox's backlog is measured, for readiness and backpressure. */
    @WithDefault("1s")
    String lagSampleInterval();

    /** Events waiting in the outbox past which the service is overloaded: not ready, and ingestion answers 503. */
    @WithDefault("20000")
    int maxLagEvents();

    /** Age of the oldest waiting event past which the service is overloaded, as for {@link #maxLagEvents()}. */
    @WithDefault("30s")
    String maxLagAge();

    /**
     * Whether each published event is checked against its type's JSON Schema ({@link EventSchemas}); on in tests and
     * dev, off by default in production, where the producers' tests have proven the events conform.
     */
    @WithDefault("false")
    boolean validateSchemas();

    /** Seconds an overloaded service tells clients to wait before sending again ({@code Retry-After}). */
    @WithDefault("5")
    int overloadRetryAfterSeconds();
}
