package io.advocacy.interaction.outcome.service;

import io.advocacy.interaction.outcome.messaging.InteractionEnded;
import io.advocacy.interaction.outcome.repository.InteractionOutcome;
import io.advocacy.interaction.outcome.repository.OutcomeRepository;
import io.advocacy.interaction.outcome.rest.OutcomeRequest;
import io.advocacy.interaction.outcome.rest.OutcomeView;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.session.service.SessionSeats;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records what came of an interaction, once: stores the outcome, marks the interaction completed or missed, and
 * publishes that in the same transaction.
 */
@ApplicationScoped
public class OutcomeService {

    private final InteractionRepository interactions;
    private final OutcomeRepository outcomes;
    private final EventPublisher events;
    private final SessionSeats seats;

    public OutcomeService(
            InteractionRepository interactions, OutcomeRepository outcomes, EventPublisher events, SessionSeats seats) {
        this.interactions = interactions;
        this.outcomes = outcomes;
        this.events = events;
        this.seats = seats;
    }

    /**
     * Records the outcome of a scheduled interaction.
     *
     * @throws ProblemException 404 for an unknown interaction, 409 when its outcome is already recorded
     */
    @WithTransaction
    public Uni<OutcomeView> record(UUID interactionId, OutcomeRequest request, String recordedBy) {
        return recordInTransaction(interactionId, request, recordedBy);
    }

    /** {@link #record}, in the caller's transaction. */
    public Uni<OutcomeView> recordInTransaction(UUID interactionId, OutcomeRequest request, String recordedBy) {
        // The row lock makes two managers recording at once take turns; the second sees the first's outcome.
        return interactions
                .findById(interactionId, LockModeType.PESSIMISTIC_WRITE)
                .plug(ProblemException.orNotFound("Interaction", interactionId))
                .chain(interaction -> {
                    if (!Interaction.SCHEDULED.equals(interaction.status)) {
                        return Uni.createFrom()
                                .failure(new ProblemException(
                                        409,
                                        "Conflict",
                                        "the outcome of interaction " + interactionId + " is already recorded: "
                                                + interaction.status));
                    }
                    return store(interaction, request, recordedBy);
                });
    }

    /** The recorded outcome of an interaction; 404 when the interaction is unknown or has none yet. */
    @WithSession
    public Uni<OutcomeView> find(UUID interactionId) {
        return interactions
                .findById(interactionId)
                .plug(ProblemException.orNotFound("Interaction", interactionId))
                .chain(interaction -> outcomes.findById(interactionId)
                        .plug(ProblemException.orNotFound("Outcome of interaction", interactionId))
                        .map(outcome -> OutcomeMapper.toView(outcome, interaction)));
    }

    private Uni<OutcomeView> store(Interaction interaction, OutcomeRequest request, String recordedBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        InteractionOutcome outcome = OutcomeMapper.toEntity(interaction, request, recordedBy, now);
        interaction.status = outcome.attended() ? Interaction.COMPLETED : Interaction.MISSED;
        String type = outcome.attended() ? InteractionEnded.COMPLETED : InteractionEnded.MISSED;
        return outcomes.persist(outcome)
                .chain(() -> events.publish(new OutgoingEvent(
                        InteractionEnded.TOPIC,
                        type,
                        interaction.advocateId.toString(),
                        OutcomeMapper.toEvent(outcome, interaction))))
                // A declined invitation to a session frees its seat for the first on the waitlist.
                .call(() -> interaction.sessionId != null && InteractionOutcome.DECLINED.equals(outcome.attendance)
                        ? seats.declined(interaction.sessionId, interaction.advocateId)
                        : Uni.createFrom().voidItem())
                .invoke(() -> Log.debugf(
                        "Interaction %s with %s is %s (%s)",
                        interaction.id, interaction.advocateId, interaction.status, outcome.attendance))
                .map(ignored -> OutcomeMapper.toView(outcome, interaction));
    }
}
