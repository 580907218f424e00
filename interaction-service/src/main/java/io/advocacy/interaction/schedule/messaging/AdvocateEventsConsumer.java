package io.advocacy.interaction.schedule.messaging;

import io.advocacy.interaction.erasure.AdvocateErased;
import io.advocacy.interaction.erasure.Erasure;
import io.advocacy.interaction.schedule.service.InteractionScheduler;
import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Reads advocates' events once each: schedules the interactions they call for, and erases erased people. */
@ApplicationScoped
public class AdvocateEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public AdvocateEventsConsumer(IdempotentConsumer consumer, InteractionScheduler scheduler, Erasure erasure) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forConsumer("interaction-service.advocates")
                .on(
                        AdvocateUpdated.TYPE,
                        AdvocateUpdated.class,
                        event -> scheduler.thankForPositiveMention(event.data()))
                .on(
                        CategoryChanged.TYPE,
                        CategoryChanged.class,
                        event -> scheduler.reachOutToNewDetractor(event.data()))
                .on(
                        AdvocateErased.TYPE,
                        AdvocateErased.class,
                        event -> erasure.erase(event.data().advocateId()))
                .build();
    }

    @Incoming("advocates")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }
}
