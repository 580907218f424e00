package io.advocacy.interaction.schedule.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.interaction.cadence.messaging.SegmentChanged;
import io.advocacy.interaction.cadence.service.Standing;
import io.advocacy.interaction.erasure.AdvocateErased;
import io.advocacy.interaction.erasure.Erasure;
import io.advocacy.interaction.merge.AdvocateMerged;
import io.advocacy.interaction.merge.Merge;
import io.advocacy.interaction.playbook.messaging.MentorAssigned;
import io.advocacy.interaction.playbook.service.PlaybookRunner;
import io.advocacy.interaction.playbook.service.Playbooks;
import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads advocates' events once each: runs the configured playbooks on the types they are triggered by, brings mentors
 * into welcomes, moves a merged profile's interactions to the survivor, keeps each person's stage and segments for the programme's cadence rules, and erases erased people.
 */
@ApplicationScoped
public class AdvocateEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public AdvocateEventsConsumer(
            IdempotentConsumer consumer,
            Playbooks playbooks,
            PlaybookRunner runner,
            Erasure erasure,
            Standing standing,
            Merge merge) {
        this.consumer = consumer;
        EventHandlers.Builder builder = EventHandlers.forConsumer("interaction-service.advocates")
                .on(MentorAssigned.TYPE, MentorAssigned.class, event -> runner.mentorAssigned(event.data()))
                .on(
                        AdvocateErased.TYPE,
                        AdvocateErased.class,
                        event -> erasure.erase(event.data().advocateId()))
                .on(AdvocateMerged.TYPE, AdvocateMerged.class, event -> merge.merge(event.data()))
                .on(SegmentChanged.JOINED, SegmentChanged.class, event -> standing.segment(event, true))
                .on(SegmentChanged.LEFT, SegmentChanged.class, event -> standing.segment(event, false));
        Set<String> types = new LinkedHashSet<>(playbooks.eventTypes());
        types.addAll(Standing.STAGE_TYPES);
        for (String type : types) {
            if (type.equals(MentorAssigned.TYPE)
                    || type.equals(AdvocateErased.TYPE)
                    || type.equals(AdvocateMerged.TYPE)
                    || type.equals(SegmentChanged.JOINED)
                    || type.equals(SegmentChanged.LEFT)) {
                continue;
            }
            boolean stage = Standing.STAGE_TYPES.contains(type);
            boolean playbook = playbooks.eventTypes().contains(type);
            builder.on(type, JsonNode.class, event -> (stage
                            ? standing.stage(event)
                            : Uni.createFrom().voidItem())
                    .chain(() ->
                            playbook ? runner.apply(event) : Uni.createFrom().voidItem()));
        }
        this.handlers = builder.build();
    }

    @Incoming("advocates")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }
}
