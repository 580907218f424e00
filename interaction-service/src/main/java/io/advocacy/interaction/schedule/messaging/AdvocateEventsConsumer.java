package io.advocacy.interaction.schedule.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.interaction.erasure.AdvocateErased;
import io.advocacy.interaction.erasure.Erasure;
import io.advocacy.interaction.playbook.messaging.MentorAssigned;
import io.advocacy.interaction.playbook.service.PlaybookRunner;
import io.advocacy.interaction.playbook.service.Playbooks;
import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads advocates' events once each: runs the configured playbooks on the types they are triggered by, brings mentors
 * into welcomes, and erases erased people.
 */
@ApplicationScoped
public class AdvocateEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public AdvocateEventsConsumer(
            IdempotentConsumer consumer, Playbooks playbooks, PlaybookRunner runner, Erasure erasure) {
        this.consumer = consumer;
        EventHandlers.Builder builder = EventHandlers.forConsumer("interaction-service.advocates")
                .on(MentorAssigned.TYPE, MentorAssigned.class, event -> runner.mentorAssigned(event.data()))
                .on(
                        AdvocateErased.TYPE,
                        AdvocateErased.class,
                        event -> erasure.erase(event.data().advocateId()));
        for (String type : playbooks.eventTypes()) {
            if (!type.equals(MentorAssigned.TYPE) && !type.equals(AdvocateErased.TYPE)) {
                builder.on(type, JsonNode.class, runner::apply);
            }
        }
        this.handlers = builder.build();
    }

    @Incoming("advocates")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }
}
