package io.advocacy.advocate.continuum.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the continuum weighs evidence. */
@ConfigMapping(prefix = "advocacy.continuum")
public interface ContinuumConfig {

    /** How far back from a person's newest evidence their place is computed. */
    @WithDefault("180d")
    Duration window();
}
