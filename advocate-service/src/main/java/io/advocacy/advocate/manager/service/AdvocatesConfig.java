package io.advocacy.advocate.manager.service;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Min;

/** How advocates are shared among managers. */
@ConfigMapping(prefix = "advocacy.advocates")
public interface AdvocatesConfig {

    /** How many advocates a manager looks after when their capacity is not given. */
    @Min(0)
    int defaultCapacity();
}
