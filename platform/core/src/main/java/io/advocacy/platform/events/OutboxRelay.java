package io.advocacy.platform.events;

import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Relays committed outbox rows to Kafka in insertion order, then deletes them. One relay runs at a time across all
 * instances of a service (a PostgreSQL advisory lock), so a subject's events are never reordered; a failed send rolls
 * the batch back and it is retried, which may publish an event twice but never loses one (consumers are idempotent).
 * A full batch is followed at once by the next, so a backlog drains at full speed.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Any number that no other advisory lock in the service database uses. */
    private static final long RELAY_LOCK = 7_162_534_001L;

    private final MutinyEmitter<String> emitter;
    private final EventsConfig config;
    private final OutboxTracing tracing;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopped;
    private long timer = -1;

    public OutboxRelay(
            @Channel("events-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                    MutinyEmitter<String> emitter,
            EventsConfig config,
            OutboxTracing tracing,
            Vertx vertx) {
        this.emitter = emitter;
        this.config = config;
        this.tracing = tracing;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        long every = Math.max(10, Duration.parse("PT" + config.relayInterval()).toMillis());
        timer = vertx.setPeriodic(1_000, every, id -> relayOnce());
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void relayOnce() {
        if (stopped || !running.compareAndSet(false, true)) {
            return;
        }
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> relayBatch().subscribe().with(relayed -> {
            running.set(false);
            if (relayed >= config.relayBatchSize()) {
                relayOnce();
            }
        }));
    }

    /** Relays one batch and answers how many events it published; never fails. */
    Uni<Integer> relayBatch() {
        return Panache.withTransaction(
                        () -> claimBatch().chain(this::sendInOrder).chain(this::delete))
                .onFailure()
                .invoke(failure -> {
                    if (!stopped) {
                        Log.warnf("Outbox relay failed, will retry: %s", failure.getMessage());
                    }
                })
                .onFailure()
                .recoverWithItem(0);
    }

    private Uni<List<OutboxEvent>> claimBatch() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                        .getSingleResult())
                .chain(locked -> Boolean.TRUE.equals(locked)
                        ? OutboxEvent.<OutboxEvent>find("order by position")
                                .page(0, config.relayBatchSize())
                                .list()
                        : Uni.createFrom().item(List.<OutboxEvent>of()));
    }

    private Uni<List<OutboxEvent>> sendInOrder(List<OutboxEvent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(rows);
        }
        // The producer keeps per-partition order for sends issued in order, so all are issued before awaiting acks.
        List<Uni<Void>> sends = rows.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast().replaceWith(rows);
    }

    private Uni<Void> send(OutboxEvent row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.subject)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.id.toString())
                        .withType(row.type)
                        .withSource(URI.create(row.source))
                        .withSubject(row.subject)
                        .withTimestamp(row.occurredAt.toZonedDateTime())
                        .withDataContentType("application/json")
                        .build());
        // The connector's send span is a child of the transaction that wrote the row, and it writes the record's
        // W3C traceparent header, so consumers continue the trace of the request that caused the event.
        Context written = tracing.restore(row);
        if (written != null) {
            message = message.addMetadata(TracingMetadata.withCurrent(written));
        }
        return emitter.sendMessage(message);
    }

    private Uni<Integer> delete(List<OutboxEvent> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Object> ids = rows.stream().map(row -> (Object) row.id).toList();
        Log.debugf("Relayed %d events", rows.size());
        return OutboxEvent.delete("id in ?1", ids).replaceWith(rows.size());
    }
}
