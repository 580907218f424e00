package io.advocacy.advocate.continuum.messaging;

import io.advocacy.advocate.continuum.Cause;
import io.advocacy.advocate.continuum.repository.EvidenceRepository;
import io.advocacy.advocate.continuum.repository.EvidenceRepository.Outcome;
import io.advocacy.advocate.continuum.service.Standing;
import io.advocacy.advocate.identity.repository.IdentityRepository;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.segment.service.SegmentMembership;
import io.advocacy.platform.consumer.EventHandlers;
import io.advocacy.platform.consumer.IdempotentConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps interaction attendance as evidence for the continuum: an attended interaction, or one the person did not turn
 * up to, counts on their profile at the time it was due, and the person (or the profile theirs was merged into) is
 * placed again. A decline is not evidence: saying no is not unreliable. A person erased meanwhile is skipped.
 */
@ApplicationScoped
public class AttendanceConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final IdentityRepository identities;
    private final AdvocateRepository advocates;
    private final EvidenceRepository evidence;
    private final Standing standing;
    private final SegmentMembership segments;

    public AttendanceConsumer(
            IdempotentConsumer consumer,
            IdentityRepository identities,
            AdvocateRepository advocates,
            EvidenceRepository evidence,
            Standing standing,
            SegmentMembership segments) {
        this.consumer = consumer;
        this.identities = identities;
        this.advocates = advocates;
        this.evidence = evidence;
        this.standing = standing;
        this.segments = segments;
        this.handlers = EventHandlers.forConsumer("advocate-service.interactions")
                .on(InteractionOutcome.COMPLETED, InteractionOutcome.class, event -> record(event.data()))
                .on(InteractionOutcome.MISSED, InteractionOutcome.class, event -> record(event.data()))
                .build();
    }

    @Incoming("interactions")
    @ActivateRequestContext
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handlers);
    }

    private Uni<Void> record(InteractionOutcome outcome) {
        Outcome kind = outcomeOf(outcome.attendance());
        if (kind == null) {
            return Uni.createFrom().voidItem();
        }
        // The identity lock, shared, keeps merges from moving the person while their evidence is counted.
        return identities
                .lockShared()
                .chain(() -> advocates.lockById(outcome.advocateId()))
                .chain(found -> found == null
                        ? Uni.createFrom().voidItem()
                        : evidence.interaction(found.id, outcome.interactionId(), kind, outcome.at())
                                .chain(() -> advocates.livesOn(found, LockModeType.PESSIMISTIC_WRITE))
                                .chain(holder -> standing.reconsider(
                                                holder, holder.category, Cause.interaction(outcome.interactionId()))
                                        .chain(() -> segments.reevaluate(holder))));
    }

    static Outcome outcomeOf(String attendance) {
        switch (attendance) {
            case "attended":
                return Outcome.ATTENDED;
            case "no-show":
                return Outcome.MISSED;
            default:
                return null;
        }
    }
}
