package io.advocacy.recognition.award.messaging;

import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.advocacy.platform.consumer.ReceivedEvent;
import io.advocacy.recognition.award.service.AwardService;
import io.advocacy.recognition.credential.messaging.AdvocateErased;
import io.advocacy.recognition.credential.service.RecipientIdentities;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads advocate updates from {@code advocacy.advocates} and awards the badges they earn, once per event; keeps the
 * person's hashed email for their credentials, and forgets it when they are erased.
 */
@ApplicationScoped
public class AdvocateUpdatesConsumer {

    private final IdempotentConsumer consumer;
    private final AwardService awards;
    private final RecipientIdentities identities;
    private final EventHandlers handlers;

    public AdvocateUpdatesConsumer(IdempotentConsumer consumer, AwardService awards, RecipientIdentities identities) {
        this.consumer = consumer;
        this.awards = awards;
        this.identities = identities;
        this.handlers = EventHandlers.forConsumer("recognition-service.advocates")
                .on(AdvocateUpdated.TYPE, AdvocateUpdated.class, this::onUpdated)
                .on(
                        AdvocateErased.TYPE,
                        AdvocateErased.class,
                        event -> identities.erase(event.data().advocateId()))
                .build();
    }

    @Incoming("advocates")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    private Uni<Void> onUpdated(ReceivedEvent<AdvocateUpdated> event) {
        return identities
                .remember(event.data().advocateId(), event.data().email())
                .chain(() -> awards.recognise(event.data()));
    }
}
