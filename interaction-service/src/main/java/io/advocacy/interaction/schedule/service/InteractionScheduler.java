package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.schedule.messaging.AdvocateUpdated;
import io.advocacy.interaction.schedule.messaging.CategoryChanged;
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
import java.util.Set;
import java.util.UUID;

/**
 * Decides which interactions an advocate's event calls for, stores each once per person, kind and mention, and
 * publishes it. Runs inside the consumer's transaction, so an interaction and its event are stored together.
 */
@ApplicationScoped
public class InteractionScheduler {

    /** The sentiment from which a mention counts as positive. */
    static final double POSITIVE = 0.05;

    /** How long after a positive mention the thank-you is due. */
    static final Duration THANK_YOU_DELAY = Duration.ofHours(24);

    /** How long after someone becomes a detractor the care outreach is due. */
    static final Duration CARE_OUTREACH_DELAY = Duration.ofHours(4);

    /** How long a thank-you or care outreach is planned to last. */
    static final int DEFAULT_DURATION_MINUTES = 30;

    private static final Set<String> DETRACTORS = Set.of("strong-detractor", "social-detractor", "casual-detractor");

    private final InteractionRepository interactions;
    private final ManagerAssignment managers;
    private final EventPublisher events;
    private final ManagerLoad load;

    public InteractionScheduler(
            InteractionRepository interactions, ManagerAssignment managers, EventPublisher events, ManagerLoad load) {
        this.interactions = interactions;
        this.managers = managers;
        this.events = events;
        this.load = load;
    }

    /** Schedules a thank-you when the mention that changed the profile is positive. */
    public Uni<Void> thankForPositiveMention(AdvocateUpdated updated) {
        AdvocateUpdated.LastMention mention = updated.lastMention();
        if (mention == null || mention.sentiment() < POSITIVE) {
            Log.debugf("No thank-you for %s: the last mention is not positive", updated.advocateId());
            return Uni.createFrom().voidItem();
        }
        String about = mention.url() == null || mention.url().isBlank()
                ? mention.mentionId().toString()
                : mention.url();
        return schedule(
                updated.advocateId(),
                managers.managerOf(updated.advocateId(), updated.manager()),
                Interaction.THANK_YOU,
                THANK_YOU_DELAY,
                "thank for positive mention " + about,
                mention.mentionId());
    }

    /** Schedules care outreach when someone moves into a detractor category from outside one. */
    public Uni<Void> reachOutToNewDetractor(CategoryChanged changed) {
        boolean wasDetractor = changed.previousCategory() != null && DETRACTORS.contains(changed.previousCategory());
        boolean becameDetractor = DETRACTORS.contains(changed.category()) && !wasDetractor;
        if (!becameDetractor) {
            Log.debugf(
                    "No care outreach for %s: %s to %s",
                    changed.advocateId(), changed.previousCategory(), changed.category());
            return Uni.createFrom().voidItem();
        }
        UUID mentionId = changed.evidence() == null ? null : changed.evidence().mentionId();
        return schedule(
                changed.advocateId(),
                managers.managerOf(changed.advocateId(), changed.manager()),
                Interaction.CARE_OUTREACH,
                CARE_OUTREACH_DELAY,
                "care outreach: became " + changed.category(),
                mentionId);
    }

    /**
     * Schedules a check-in planned from the person's cadence, unless one is already planned for that occurrence.
     *
     * @param occurrenceOn the date of the cadence's occurrence, in the person's time zone
     * When the manager's week is full the check-in is not planned, and the answer says why.
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
        return interactions.checkInExists(advocateId, occurrenceOn).chain(exists -> {
            if (exists) {
                Log.debugf("%s already has a check-in for %s", advocateId, occurrenceOn);
                return Uni.createFrom().item(CheckIn.EXISTED);
            }
            Interaction checkIn =
                    newInteraction(advocateId, manager, Interaction.CHECK_IN, Duration.ZERO, reason, null);
            checkIn.dueAt = dueAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            checkIn.durationMinutes = durationMinutes;
            checkIn.occurrenceOn = occurrenceOn;
            return week.take(manager, checkIn.dueAt)
                    .chain(refusal -> refusal == null
                            ? store(checkIn).replaceWith(CheckIn.PLANNED)
                            : Uni.createFrom().item(new CheckIn(false, refusal)));
        });
    }

    /**
     * What became of one occurrence of a cadence.
     *
     * @param planned true when a new check-in was scheduled for it
     * @param unplacedReason why it could not be, or null when it was or it existed already
     */
    public record CheckIn(boolean planned, String unplacedReason) {
        static final CheckIn PLANNED = new CheckIn(true, null);
        static final CheckIn EXISTED = new CheckIn(false, null);
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

    private Uni<Void> schedule(
            UUID advocateId, String manager, String kind, Duration delay, String reason, UUID triggerMentionId) {
        return interactions.exists(advocateId, kind, triggerMentionId).chain(exists -> {
            if (exists) {
                Log.debugf("%s already has a %s for mention %s", advocateId, kind, triggerMentionId);
                return Uni.createFrom().voidItem();
            }
            Interaction interaction = newInteraction(advocateId, manager, kind, delay, reason, triggerMentionId);
            return load.tracker().takeFirstWithRoom(manager, interaction.dueAt).chain(move -> {
                if (move == null) {
                    interaction.status = Interaction.DEFERRED;
                    interaction.deferredReason = "manager " + manager + " has no week with room in the next "
                            + ManagerLoad.WEEKS_TO_LOOK + " weeks";
                    Log.infof("%s with %s deferred: %s", kind, advocateId, interaction.deferredReason);
                    return interactions.persist(interaction).replaceWithVoid();
                }
                if (move.weeks() > 0) {
                    interaction.dueAt = interaction.dueAt.plusWeeks(move.weeks());
                    interaction.deferredReason = move.reason() + "; moved to week "
                            + ManagerLoad.nameOf(ManagerLoad.mondayOf(interaction.dueAt));
                    Log.debugf("%s with %s: %s", kind, advocateId, interaction.deferredReason);
                }
                return store(interaction);
            });
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
