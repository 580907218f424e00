package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.schedule.messaging.InteractionChanged;
import io.advocacy.interaction.schedule.messaging.InteractionScheduled;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionFilter;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.schedule.rest.RescheduleRequest;
import io.advocacy.interaction.session.service.SessionSeats;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Reads interactions back, and moves or cancels planned ones. */
@ApplicationScoped
public class InteractionService {

    private final InteractionRepository interactions;
    private final EventPublisher events;
    private final ManagerLoad load;
    private final SessionSeats seats;

    public InteractionService(
            InteractionRepository interactions, EventPublisher events, ManagerLoad load, SessionSeats seats) {
        this.interactions = interactions;
        this.events = events;
        this.load = load;
        this.seats = seats;
    }

    @WithSession
    public Uni<Optional<Interaction>> find(UUID id) {
        return interactions.findById(id).map(Optional::ofNullable);
    }

    /** One page of the matching interactions, soonest due first, with how many match in all. */
    @WithSession
    public Uni<Page<Interaction>> page(InteractionFilter filter, int page, int size) {
        return interactions
                .page(filter, page, size)
                .chain(items -> interactions.count(filter).map(total -> new Page<>(items, page, size, total)));
    }

    /**
     * Moves a scheduled interaction to another time, within its manager's weekly limit, raises its SEQUENCE and
     * publishes {@code interaction.rescheduled.v1}.
     *
     * @throws ProblemException 404 when unknown, 409 when it is not scheduled or the new week is full
     */
    @WithTransaction
    public Uni<Interaction> reschedule(UUID id, RescheduleRequest request) {
        return interactions
                .findById(id, LockModeType.PESSIMISTIC_WRITE)
                .plug(ProblemException.orNotFound("Interaction", id))
                .chain(interaction -> {
                    if (!Interaction.SCHEDULED.equals(interaction.status)) {
                        return Uni.createFrom().failure(notChangeable(interaction, "rescheduled"));
                    }
                    OffsetDateTime due = request.dueAt()
                            .withOffsetSameInstant(ZoneOffset.UTC)
                            .truncatedTo(ChronoUnit.MICROS);
                    boolean otherWeek = !load.mondayOf(interaction.manager, due)
                            .equals(load.mondayOf(interaction.manager, interaction.dueAt));
                    Uni<String> room = otherWeek && interaction.sessionId == null
                            ? load.tracker().take(interaction.manager, due)
                            : Uni.createFrom().nullItem();
                    return room.chain(refusal -> {
                        if (refusal != null) {
                            return Uni.createFrom().failure(new ProblemException(409, "Conflict", refusal));
                        }
                        interaction.dueAt = due;
                        if (request.durationMinutes() != null) {
                            interaction.durationMinutes = request.durationMinutes();
                        }
                        interaction.sequence++;
                        return publish(interaction, InteractionChanged.RESCHEDULED, null);
                    });
                });
    }

    /**
     * Cancels a scheduled or deferred interaction, raises its SEQUENCE and publishes {@code
     * interaction.cancelled.v1}; a cancelled invitation to a session frees its seat for the first on the waitlist.
     *
     * @throws ProblemException 404 when unknown, 409 when it already took place, was missed or was cancelled
     */
    @WithTransaction
    public Uni<Interaction> cancel(UUID id, String reason) {
        return interactions
                .findById(id, LockModeType.PESSIMISTIC_WRITE)
                .plug(ProblemException.orNotFound("Interaction", id))
                .chain(interaction -> {
                    if (!Interaction.SCHEDULED.equals(interaction.status)
                            && !Interaction.DEFERRED.equals(interaction.status)) {
                        return Uni.createFrom().failure(notChangeable(interaction, "cancelled"));
                    }
                    interaction.status = Interaction.CANCELLED;
                    interaction.sequence++;
                    return publish(interaction, InteractionChanged.CANCELLED, reason)
                            .call(() -> interaction.sessionId == null
                                    ? Uni.createFrom().voidItem()
                                    : seats.declined(interaction.sessionId, interaction.advocateId));
                });
    }

    /** Publishes a change of the interaction (its status, time or SEQUENCE) in the caller's transaction. */
    public Uni<Interaction> publish(Interaction interaction, String type, String reason) {
        return events.publish(new OutgoingEvent(
                        InteractionScheduled.TOPIC,
                        type,
                        interaction.advocateId.toString(),
                        new InteractionChanged(
                                interaction.id,
                                interaction.advocateId,
                                interaction.kind,
                                interaction.manager,
                                interaction.dueAt,
                                interaction.durationMinutes,
                                interaction.status,
                                interaction.sequence,
                                reason)))
                .invoke(() -> Log.debugf("Interaction %s: %s, sequence %d", interaction.id, type, interaction.sequence))
                .replaceWith(interaction);
    }

    private static ProblemException notChangeable(Interaction interaction, String what) {
        return new ProblemException(
                409,
                "Conflict",
                "interaction " + interaction.id + " is " + interaction.status + " and cannot be " + what);
    }
}
