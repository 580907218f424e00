package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.budget.service.AskBudget;
import io.advocacy.interaction.schedule.messaging.InteractionScheduled;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stores the interactions playbooks, cadences and sessions call for, each once, within managers' weekly limits and
 * people's ask budgets, and publishes them. Runs inside the caller's transaction, so an interaction and its event are
 * stored together.
 */
@ApplicationScoped
public class InteractionScheduler {

    /** How long an interaction is planned to last unless said otherwise. */
    public static final int DEFAULT_DURATION_MINUTES = 30;

    private final InteractionRepository interactions;
    private final EventPublisher events;
    private final ManagerLoad load;
    private final AskBudget budget;

    public InteractionScheduler(
            InteractionRepository interactions, EventPublisher events, ManagerLoad load, AskBudget budget) {
        this.interactions = interactions;
        this.events = events;
        this.load = load;
        this.budget = budget;
    }

    /**
     * Schedules what a playbook calls for, once per person, kind and trigger key: an ask over the person's budget is
     * stored {@code deferred} with why and from when it is possible, without an event; one that would go past its
     * manager's weekly limit moves to the first week with room, saying why.
     */
    public Uni<Void> schedulePlaybook(PlaybookInteraction planned) {
        return interactions
                .keyExists(planned.advocateId(), planned.kind(), planned.triggerKey())
                .chain(exists -> {
                    if (exists) {
                        Log.debugf(
                                "%s already has a %s for %s",
                                planned.advocateId(), planned.kind(), planned.triggerKey());
                        return Uni.createFrom().voidItem();
                    }
                    Interaction interaction = newInteraction(
                            planned.advocateId(),
                            planned.manager(),
                            planned.kind(),
                            planned.dueWithin(),
                            planned.reason(),
                            planned.triggerMentionId());
                    interaction.triggerKey = planned.triggerKey();
                    interaction.triggeredAt = planned.triggeredAt();
                    interaction.mentorId = planned.mentorId();
                    interaction.durationMinutes = planned.durationMinutes();
                    if (!planned.ask()) {
                        return place(interaction, load.tracker(), interaction.createdAt);
                    }
                    return budget.ask(interaction.advocateId, interaction.kind, interaction.id, interaction.createdAt)
                            .chain(deferral -> {
                                if (deferral == null) {
                                    return place(interaction, load.tracker(), interaction.createdAt);
                                }
                                interaction.status = Interaction.DEFERRED;
                                interaction.deferredBy = Interaction.BY_ASK_BUDGET;
                                interaction.deferredReason = deferral.reason();
                                interaction.deferredUntil = deferral.possibleFrom();
                                Log.debugf(
                                        "%s with %s deferred: %s",
                                        interaction.kind, interaction.advocateId, deferral.reason());
                                return interactions.persist(interaction).replaceWithVoid();
                            });
                });
    }

    /**
     * What a playbook calls for.
     *
     * @param triggerKey tells its triggers apart: one interaction per person, kind and key
     * @param triggeredAt when its trigger happened, for response times
     * @param mentorId the person's mentor, when the playbook brings them along and one is known
     */
    public record PlaybookInteraction(
            UUID advocateId,
            String manager,
            String kind,
            Duration dueWithin,
            String reason,
            UUID triggerMentionId,
            String triggerKey,
            boolean ask,
            OffsetDateTime triggeredAt,
            UUID mentorId,
            int durationMinutes) {}

    /**
     * Schedules a check-in planned from the person's cadence, unless one is already planned for that occurrence.
     *
     * @param occurrenceOn the date of the cadence's occurrence, in the person's time zone
     * When the manager's week is full the check-in is not planned, and the answer says why. The caller has made sure,
     * under the planning lock, that none is planned for the occurrence yet (a unique index is the backstop).
     *
     * @param week the planning run's count of managers' weeks
     */
    public Uni<CheckIn> scheduleCheckIn(
            UUID advocateId,
            String manager,
            OffsetDateTime dueAt,
            int durationMinutes,
            LocalDate occurrenceOn,
            String reason,
            ManagerLoad.Week week) {
        Interaction checkIn = newInteraction(advocateId, manager, Interaction.CHECK_IN, Duration.ZERO, reason, null);
        checkIn.dueAt = dueAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        checkIn.durationMinutes = durationMinutes;
        checkIn.occurrenceOn = occurrenceOn;
        return week.take(manager, checkIn.dueAt)
                .chain(refusal -> refusal == null
                        ? store(checkIn).replaceWith(CheckIn.PLANNED)
                        : Uni.createFrom().item(new CheckIn(false, refusal)));
    }

    /**
     * What became of one occurrence of a cadence.
     *
     * @param planned true when a new check-in was scheduled for it
     * @param unplacedReason why it could not be, or null when it was
     */
    public record CheckIn(boolean planned, String unplacedReason) {
        static final CheckIn PLANNED = new CheckIn(true, null);
    }

    /** Schedules an invitation to a session: an interaction of the session's format, due when it starts. */
    public Uni<Interaction> scheduleInvitation(
            UUID advocateId,
            String manager,
            String format,
            OffsetDateTime startsAt,
            int durationMinutes,
            UUID sessionId,
            String reason) {
        Interaction invitation = newInteraction(advocateId, manager, format, Duration.ZERO, reason, null);
        invitation.dueAt = startsAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        invitation.durationMinutes = durationMinutes;
        invitation.sessionId = sessionId;
        return store(invitation).replaceWith(invitation);
    }

    /**
     * Schedules a deferred interaction that has become possible at {@code at}: an ask is counted against the person's
     * budget again (over it, it stays deferred with a later {@code deferredUntil}) and is then due as long after
     * {@code at} as it was after its creation; one its manager had no room for is due at {@code at} at the earliest.
     * Either goes to its manager's first week with room, or stays deferred a week more. Runs in the caller's
     * transaction, which holds the person's ask lock.
     *
     * @return true when it was scheduled (and {@code interaction.scheduled.v1} published)
     */
    public Uni<Boolean> activate(Interaction deferred, OffsetDateTime at, ManagerLoad.Week week) {
        String previous = deferred.deferredReason;
        if (!Interaction.BY_ASK_BUDGET.equals(deferred.deferredBy)) {
            if (deferred.dueAt.isBefore(at)) {
                deferred.dueAt = at;
            }
            return placeAgain(deferred, previous, at, week);
        }
        return budget.ask(deferred.advocateId, deferred.kind, deferred.id, at).chain(deferral -> {
            if (deferral != null) {
                deferred.deferredReason = deferral.reason();
                deferred.deferredUntil = deferral.possibleFrom();
                Log.debugf("%s with %s still deferred: %s", deferred.kind, deferred.advocateId, deferral.reason());
                return Uni.createFrom().item(false);
            }
            Duration within = Duration.between(deferred.createdAt, deferred.dueAt);
            deferred.dueAt = at.plus(within.isNegative() ? Duration.ZERO : within);
            return placeAgain(deferred, previous, at, week);
        });
    }

    private Uni<Boolean> placeAgain(Interaction deferred, String previous, OffsetDateTime at, ManagerLoad.Week week) {
        return place(deferred, week, at).map(ignored -> {
            if (Interaction.DEFERRED.equals(deferred.status)) {
                return false;
            }
            String moved = deferred.deferredReason == null ? "" : "; " + deferred.deferredReason;
            deferred.deferredReason = "was deferred (" + previous + "); scheduled once possible, at " + at + moved;
            return true;
        });
    }

    /**
     * Stores it in its manager's first week with room, saying why when that is not the week it was due in; with no
     * room within a year it is deferred, to be tried again a week after {@code now}.
     */
    private Uni<Void> place(Interaction interaction, ManagerLoad.Week week, OffsetDateTime now) {
        String manager = interaction.manager;
        return week.takeFirstWithRoom(manager, interaction.dueAt).chain(move -> {
            if (move == null) {
                interaction.status = Interaction.DEFERRED;
                interaction.deferredBy = Interaction.BY_WEEKLY_LIMIT;
                interaction.deferredReason = "manager " + manager + " has no week with room in the next "
                        + ManagerLoad.WEEKS_TO_LOOK + " weeks";
                interaction.deferredUntil = now.plusWeeks(1);
                Log.infof(
                        "%s with %s deferred: %s",
                        interaction.kind, interaction.advocateId, interaction.deferredReason);
                return interactions.persist(interaction).replaceWithVoid();
            }
            interaction.status = Interaction.SCHEDULED;
            interaction.deferredReason = null;
            if (move.weeks() > 0) {
                interaction.dueAt = move.dueAt();
                interaction.deferredReason = move.reason() + "; moved to week "
                        + ManagerLoad.nameOf(load.mondayOf(manager, interaction.dueAt));
                Log.debugf("%s with %s: %s", interaction.kind, interaction.advocateId, interaction.deferredReason);
            }
            return store(interaction);
        });
    }

    private Uni<Void> store(Interaction interaction) {
        return interactions
                .persist(interaction)
                .chain(() -> events.publish(new OutgoingEvent(
                        InteractionScheduled.TOPIC,
                        InteractionScheduled.TYPE,
                        interaction.advocateId.toString(),
                        InteractionMapper.toEvent(interaction))))
                .invoke(() -> Log.debugf(
                        "Scheduled a %s with %s for %s, due %s",
                        interaction.kind, interaction.advocateId, interaction.manager, interaction.dueAt));
    }

    private Interaction newInteraction(
            UUID advocateId, String manager, String kind, Duration delay, String reason, UUID triggerMentionId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID();
        interaction.advocateId = advocateId;
        interaction.kind = kind;
        interaction.status = Interaction.SCHEDULED;
        interaction.manager = manager;
        interaction.dueAt = now.plus(delay);
        interaction.reason = reason;
        interaction.triggerMentionId = triggerMentionId;
        interaction.createdAt = now;
        interaction.durationMinutes = DEFAULT_DURATION_MINUTES;
        return interaction;
    }
}
