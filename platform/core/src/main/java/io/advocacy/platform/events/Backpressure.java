package io.advocacy.platform.events;

import io.advocacy.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ingestion's brake: while the outbox's backlog is past its threshold, new work is refused with a 503 and a
 * {@code Retry-After}, rather than accepted into a backlog that only grows.
 */
@ApplicationScoped
public class Backpressure {

    private final OutboxLag lag;
    private final EventsConfig config;

    public Backpressure(OutboxLag lag, EventsConfig config) {
        this.lag = lag;
        this.config = config;
    }

    /** Throws a 503 problem with {@code Retry-After} while the service is overloaded. */
    public void admit() {
        if (!lag.overloaded()) {
            return;
        }
        OutboxLag.Sample sample = lag.last();
        throw new ProblemException(
                        503,
                        "Service Unavailable",
                        "events wait to be published (" + sample.pending() + " waiting, the oldest for "
                                + sample.oldestAge().toSeconds() + " s); nothing was stored, send it again later")
                .retryAfter(config.overloadRetryAfterSeconds());
    }
}
