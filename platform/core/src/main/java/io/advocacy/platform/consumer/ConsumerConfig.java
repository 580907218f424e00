package io.advocacy.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service consumes events. */
@ConfigMapping(prefix = "advocacy.consumer")
public interface ConsumerConfig {

    /** Attempts, with back-off, before a record that keeps failing is sent to the dead-letter topic. */
    @WithDefault("5")
    int attempts();

    /** Bytes of data past which a record of a handled type is poison ("oversize") and goes to the dead-letter topic. */
    @WithDefault("262144")
    int maxRecordBytes();
}
