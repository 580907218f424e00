package io.advocacy.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service consumes events. */
@ConfigMapping(prefix = "advocacy.consumer")
public interface ConsumerConfig {

    /** Attempts, with back-off, before a record that keeps failing is sent to the dead-letter topic. */
    @WithDefault("5")
    int attempts();
}
