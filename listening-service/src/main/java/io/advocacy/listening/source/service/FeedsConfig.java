package io.advocacy.listening.source.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How feed sources are polled: how often the poller looks for due sources, the allowed intervals, and its limits. */
@ConfigMapping(prefix = "advocacy.listening.feeds")
public interface FeedsConfig {

    /** How often the poller looks for sources that are due. */
    @WithDefault("5s")
    Duration tick();

    /** The shortest poll interval a source may have. */
    @WithDefault("60")
    int minIntervalSeconds();

    /** The longest poll interval a source may have. */
    @WithDefault("86400")
    int maxIntervalSeconds();

    /** The poll interval of a source created without one. */
    @WithDefault("900")
    int defaultIntervalSeconds();

    /** Sources polled, one after another, per look. */
    @WithDefault("20")
    int batchSize();

    /** How long one fetch may take, connecting included. */
    @WithDefault("10s")
    Duration timeout();

    /** The largest feed document read; a larger one is a failure. */
    @WithDefault("5242880")
    int maxBytes();

    /** The longest a failing source waits before it is tried again (never less than its interval). */
    @WithDefault("6h")
    Duration maxBackoff();

    /**
     * How long a claimed source is left alone by other pollers, should this one die while polling it; keep it above
     * batch size times timeout.
     */
    @WithDefault("5m")
    Duration lease();
}
