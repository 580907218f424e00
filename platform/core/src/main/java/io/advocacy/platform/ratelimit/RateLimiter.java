package io.advocacy.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;

/** One token bucket per client (Bucket4j), kept in memory per service instance. */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.maxTrackedClients())
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    /** Takes one request from the client's bucket: empty when allowed, else the seconds to wait before retrying. */
    OptionalLong take(ClientKey key) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(key.bucket(), ignored -> newBucket(limitOf(key)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private RateLimitConfig.Limit limitOf(ClientKey key) {
        RateLimitConfig.Limit named =
                key.clientId() == null ? null : config.clients().get(key.clientId());
        return named != null ? named : config.defaults();
    }

    private static Bucket newBucket(RateLimitConfig.Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.burst()).refillGreedy(limit.requestsPerMinute(), Duration.ofMinutes(1)))
                .build();
    }
}
