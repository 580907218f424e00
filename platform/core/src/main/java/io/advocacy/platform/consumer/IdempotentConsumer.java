package io.advocacy.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The one way a service consumes an event: read the CloudEvent, apply its effect and remember its id in the same
 * transaction, so a redelivered event changes nothing. A record that can never be processed is nacked with its reason,
 * which sends it to the channel's dead-letter topic; a transient failure is retried with back-off first. Either way
 * the consumer goes on with the next record.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final ObjectMapper json;
    private final Validator validator;
    private final int attempts;
    private final ConsumerTracing tracing;

    public IdempotentConsumer(ObjectMapper json, Validator validator, ConsumerConfig config, ConsumerTracing tracing) {
        this.json = json;
        this.validator = validator;
        this.attempts = config.attempts();
        this.tracing = tracing;
    }

    /** Processes one record and acknowledges it, or dead-letters it; the returned Uni never fails. */
    public Uni<Void> consume(Message<String> message, EventHandlers handlers) {
        // A retry resubscribes after its back-off on another thread; Hibernate Reactive must run on this context.
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        // The record's trace stays current while it is handled, so the events the handler publishes continue it.
        ConsumerTracing.Handling handling = tracing.start(message, handlers.consumer());
        return Uni.createFrom()
                .item(() -> decode(message, handlers))
                .emitOn(onContext)
                .chain(decoded ->
                        decoded == null ? Uni.createFrom().voidItem() : applyOnce(handlers.consumer(), decoded))
                .onFailure(failure -> !(failure instanceof PoisonEventException))
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(attempts - 1L)
                .onItemOrFailure()
                .transformToUni((ok, failure) -> {
                    handling.end(failure);
                    return failure == null
                            ? Uni.createFrom().completionStage(message.ack())
                            : deadLetter(message, handlers, failure);
                });
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
        T data;
        try {
            data = json.readValue(payload, route.dataType());
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

    private record Decoded<T>(EventHandlers.Route<T> route, ReceivedEvent<T> event) {}
}
