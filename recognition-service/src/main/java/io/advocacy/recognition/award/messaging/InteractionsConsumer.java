package io.advocacy.recognition.award.messaging;

import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.advocacy.platform.consumer.ReceivedEvent;
import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.criteria.repository.Fact;
import io.advocacy.recognition.criteria.repository.FactKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads interaction outcomes from {@code advocacy.interactions}: attended ones count towards streaks, a missed one
 * (declined or no-show) breaks them.
 */
@ApplicationScoped
public class InteractionsConsumer {

    private final IdempotentConsumer consumer;
    private final AwardService awards;
    private final EventHandlers handlers;

    public InteractionsConsumer(IdempotentConsumer consumer, AwardService awards) {
        this.consumer = consumer;
        this.awards = awards;
        this.handlers = EventHandlers.forConsumer("recognition-service.interactions")
                .on(
                        InteractionOutcome.COMPLETED,
                        InteractionOutcome.class,
                        e -> record(e, FactKind.INTERACTION_ATTENDED))
                .on(InteractionOutcome.MISSED, InteractionOutcome.class, e -> record(e, FactKind.INTERACTION_MISSED))
                .build();
    }

    @Incoming("interactions")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    private Uni<Void> record(ReceivedEvent<InteractionOutcome> event, String kind) {
        InteractionOutcome outcome = event.data();
        return awards.recognise(Fact.of(
                outcome.advocateId(),
                kind,
                Fact.firstKnown(outcome.dueAt(), outcome.recordedAt(), event.time()),
                outcome.interactionId().toString()));
    }
}
