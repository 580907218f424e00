package io.advocacy.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** How many requests each client may make; a client over its limit is answered 429 with Retry-After. */
@ConfigMapping(prefix = "advocacy.rate-limit")
public interface RateLimitConfig {

    /** False turns the limit off, for example behind a gateway that limits already. */
    @WithDefault("true")
    boolean enabled();

    /** The default limit of every client. */
    Limit defaults();

    /** Limits of named clients (their OAuth client id, the token's {@code azp}), in place of the default. */
    Map<String, Limit> clients();

    /** Clients whose buckets are remembered at most; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int maxTrackedClients();

    /** A token bucket: {@code burst} requests at once, refilled at {@code requestsPerMinute}. */
    interface Limit {

        @WithDefault("6000")
        long requestsPerMinute();

        @WithDefault("200")
        long burst();
    }
}
