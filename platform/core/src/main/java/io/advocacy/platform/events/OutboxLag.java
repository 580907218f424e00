package io.advocacy.platform.events;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures the outbox's backlog (events committed but not yet on Kafka) every {@code lag-sample-interval}: how many
 * wait, counted up to just past the threshold so a huge backlog costs no more than a small one, and how old the oldest
 * is. Readiness and ingestion's backpressure read the last sample.
 */
@ApplicationScoped
public class OutboxLag {

    /** A measurement: events waiting (capped at the threshold plus one) and the oldest one's age. */
    public record Sample(long pending, Duration oldestAge) {
        static final Sample EMPTY = new Sample(0, Duration.ZERO);
    }

    private static final String MEASURE = """
            select count(*) as pending, coalesce(extract(epoch from now() - min(occurred_at)), 0) as age
            from (select occurred_at from outbox_event order by position limit $1) waiting
            """;

    private final Pool pool;
    private final EventsConfig config;
    private final Vertx vertx;
    private final Duration maxAge;
    private final AtomicBoolean measuring = new AtomicBoolean();
    private volatile Sample last = Sample.EMPTY;
    private long timer = -1;

    public OutboxLag(Pool pool, EventsConfig config, Vertx vertx) {
        this.pool = pool;
        this.config = config;
        this.vertx = vertx;
        this.maxAge = Duration.parse("PT" + config.maxLagAge());
    }

    void start(@Observes StartupEvent started) {
        long every =
                Math.max(10, Duration.parse("PT" + config.lagSampleInterval()).toMillis());
        timer = vertx.setPeriodic(every, id -> measure());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The last measurement. */
    public Sample last() {
        return last;
    }

    /** True when the last measurement is past either threshold. */
    public boolean overloaded() {
        Sample sample = last;
        return sample.pending() > config.maxLagEvents() || sample.oldestAge().compareTo(maxAge) > 0;
    }

    private void measure() {
        if (!measuring.compareAndSet(false, true)) {
            return;
        }
        pool.preparedQuery(MEASURE)
                .execute(Tuple.of(config.maxLagEvents() + 1))
                .subscribe()
                .with(
                        rows -> {
                            Row row = rows.iterator().next();
                            long millis = Math.round(row.getDouble("age") * 1000);
                            last = new Sample(row.getLong("pending"), Duration.ofMillis(Math.max(0, millis)));
                            measuring.set(false);
                        },
                        failure -> {
                            Log.debugf("Outbox backlog not measured: %s", failure.getMessage());
                            measuring.set(false);
                        });
    }
}
