package io.advocacy.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.advocacy.platform.events.EventSchemas;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one way a service consumes an event: read the CloudEvent, apply its effect and remember its id in the same
 * transaction, so a redelivered event changes nothing. A record that can never be processed is nacked with its reason,
 * which sends it to the channel's dead-letter topic; a transient failure is retried with back-off first. Either way
 * the consumer goes on with the next record. While the database cannot be reached (a refused or broken connection, a
 * server starting up or shutting down) the record is retried for as long as that lasts and not counted against the
 * attempts: an outage says nothing about the record, and dead-lettering good events because PostgreSQL restarted
 * would lose them until someone replays the dead-letter topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final ObjectMapper json;
    private final Validator validator;
    private final int attempts;
    private final int maxRecordBytes;
    private final EventSchemas contracts = EventSchemas.consumed();
    private final ConsumerTracing tracing;

    public IdempotentConsumer(ObjectMapper json, Validator validator, ConsumerConfig config, ConsumerTracing tracing) {
        this.json = json;
        this.validator = validator;
        this.attempts = config.attempts();
        this.maxRecordBytes = config.maxRecordBytes();
        this.tracing = tracing;
    }

    /** Processes one record and acknowledges it, or dead-letters it; the returned Uni never fails. */
    public Uni<Void> consume(Message<String> message, EventHandlers handlers) {
        // A retry resubscribes after its back-off on another thread; Hibernate Reactive must run on this context.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        AtomicInteger failures = new AtomicInteger();
        // The record's trace stays current while it is handled, so the events the handler publishes continue it.
        ConsumerTracing.Handling handling = tracing.start(message, handlers.consumer());
        return Uni.createFrom()
                .item(() -> decode(message, handlers))
                .emitOn(onContext)
                .chain(decoded ->
                        decoded == null ? Uni.createFrom().voidItem() : applyOnce(handlers.consumer(), decoded))
                .onFailure(failure -> !(failure instanceof PoisonEventException)
                        && (databaseUnreachable(failure) || failures.incrementAndGet() < attempts))
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .indefinitely()
                .onItemOrFailure()
                .transformToUni((ok, failure) -> {
                    handling.end(failure);
                    return failure == null
                            ? Uni.createFrom().completionStage(message.ack())
                            : deadLetter(message, handlers, failure);
                });
    }

    /** True when the failure, or a cause of it, says the database cannot be reached now rather than what is wrong. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketException // refused or reset
                    || cause instanceof ClosedChannelException
                    || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null) {
                String state = pg.getSqlState();
                // 08: connection exception; 57P01-57P03: admin or crash shutdown, cannot connect now (starting up)
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Uni<Void> deadLetter(Message<String> message, EventHandlers handlers, Throwable failure) {
        PoisonEventException reason = failure instanceof PoisonEventException poison
                ? poison
                : new PoisonEventException("gave up after " + attempts + " attempts: " + failure.getMessage(), failure);
        Log.warnf("%s dead-letters a record: %s", handlers.consumer(), reason.getMessage());
        return Uni.createFrom().completionStage(message.nack(reason));
    }

    private <T> Uni<Void> applyOnce(String consumer, Decoded<T> decoded) {
        ReceivedEvent<T> event = decoded.event();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        Log.debugf("%s already processed %s %s", consumer, event.type(), event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return decoded.route().effect().apply(event);
                }));
    }

    private Decoded<?> decode(Message<String> message, EventHandlers handlers) {
        IncomingCloudEventMetadata<?> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() ->
                        new PoisonEventException("record is not a CloudEvent: ce_id and ce_type headers are missing"));
        if (ce.getId() == null || ce.getId().isBlank() || ce.getType() == null) {
            throw new PoisonEventException("CloudEvent without ce_id or ce_type");
        }
        return handlers.route(ce.getType())
                .map(route -> decodeWith(route, ce, message.getPayload()))
                .orElseGet(() -> {
                    if (handlers.knowsFamilyOf(ce.getType())) {
                        throw new PoisonEventException("unknown version of a handled event type: " + ce.getType());
                    }
                    Log.debugf("%s skips %s, a type it does not handle", handlers.consumer(), ce.getType());
                    return null;
                });
    }

    private <T> Decoded<T> decodeWith(EventHandlers.Route<T> route, IncomingCloudEventMetadata<?> ce, String payload) {
        if (payload == null || payload.isBlank()) {
            throw new PoisonEventException(ce.getType() + " " + ce.getId() + " has no data");
        }
        int bytes =
                payload.length() > maxRecordBytes ? payload.length() : payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxRecordBytes) {
            throw new PoisonEventException(ce.getType() + " " + ce.getId() + " is oversize: " + bytes
                    + " bytes of data or more, past the limit of " + maxRecordBytes);
        }
        T data;
        try {
            JsonNode tree = json.readTree(payload);
            conform(ce, tree);
            data = json.treeToValue(tree, route.dataType());
        } catch (JsonProcessingException e) {
            throw new PoisonEventException(
                    ce.getType() + " " + ce.getId() + " data is not valid: " + e.getOriginalMessage(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            String fields = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new PoisonEventException(ce.getType() + " " + ce.getId() + " data is not valid: " + fields);
        }
        var time = ce.getTimeStamp().map(t -> t.toOffsetDateTime()).orElse(null);
        return new Decoded<>(
                route,
                new ReceivedEvent<>(ce.getId(), ce.getType(), ce.getSubject().orElse(null), time, data));
    }

    /**
     * Checks the data against this consumer's contract of the type ({@code META-INF/resources/contracts/<type>.json}, served at {@code /contracts/<type>.json}: the producer's
     * schema of the fields it relies on, proven by its contract tests); data that breaks it breaks the producer's
     * schema too, so it is poison however the consumer's own record would read it.
     */
    private void conform(IncomingCloudEventMetadata<?> ce, JsonNode data) {
        contracts.of(ce.getType()).ifPresent(contract -> {
            List<String> violations = EventSchemas.violations(contract, data);
            if (!violations.isEmpty()) {
                throw new PoisonEventException(ce.getType() + " " + ce.getId() + " does not match its schema: "
                        + String.join("; ", violations));
            }
        });
    }

    private record Decoded<T>(EventHandlers.Route<T> route, ReceivedEvent<T> event) {}
}
