package io.advocacy.listening.source.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The poll intervals feed sources may have. */
@ConfigMapping(prefix = "advocacy.listening.feeds")
public interface FeedsConfig {

    /** The shortest poll interval a source may have. */
    @WithDefault("60")
    int minIntervalSeconds();

    /** The longest poll interval a source may have. */
    @WithDefault("86400")
    int maxIntervalSeconds();

    /** The poll interval of a source created without one. */
    @WithDefault("900")
    int defaultIntervalSeconds();
}
