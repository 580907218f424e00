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
}
