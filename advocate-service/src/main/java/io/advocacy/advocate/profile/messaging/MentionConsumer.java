package io.advocacy.advocate.profile.messaging;

import io.advocacy.advocate.profile.service.ProfileService;
import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Applies every scored mention from the listening service to its author's profile, once. */
@ApplicationScoped
public class MentionConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public MentionConsumer(IdempotentConsumer consumer, ProfileService profiles) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forConsumer("advocate-service.mentions")
                .on("io.advocacy.mention.scored.v1", MentionScored.class, event -> profiles.recordMention(event.data()))
                .build();
    }

    @Incoming("mentions")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }
}
