package io.advocacy.interaction.session.service;

import io.advocacy.interaction.budget.service.AskBudget;
import io.advocacy.interaction.schedule.service.InteractionScheduler;
import io.advocacy.interaction.session.repository.GroupSession;
import io.advocacy.interaction.session.repository.ParticipantRepository;
import io.advocacy.interaction.session.repository.SessionParticipant;
import io.advocacy.interaction.session.repository.SessionRepository;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gives out a session's seats: people are invited while seats are free and waitlisted after, in the order they come;
 * when someone holding a seat declines, the first on the waitlist gets it. An invitation is an ask: someone over their
 * ask budget when a seat would be theirs is deferred instead, and the seat goes to the next. Runs in the caller's transaction, which has
 * locked the session's row, so seats are never given out twice.
 */
@ApplicationScoped
public class SessionSeats {

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final InteractionScheduler scheduler;
    private final AskBudget budget;

    public SessionSeats(
            SessionRepository sessions,
            ParticipantRepository participants,
            InteractionScheduler scheduler,
            AskBudget budget) {
        this.sessions = sessions;
        this.participants = participants;
        this.scheduler = scheduler;
        this.budget = budget;
    }

    /** Adds these people in order, skipping those already in the session (whatever their status). */
    public Uni<Void> add(GroupSession session, List<UUID> people) {
        return participants.of(session.id).chain(existing -> {
            Set<UUID> known = existing.stream().map(p -> p.advocateId).collect(Collectors.toSet());
            Seats seats = new Seats(
                    (int) existing.stream()
                            .filter(p -> SessionParticipant.INVITED.equals(p.status))
                            .count(),
                    existing.stream().mapToInt(p -> p.position).max().orElse(0));
            List<UUID> newcomers =
                    people.stream().distinct().filter(id -> !known.contains(id)).toList();
            return Multi.createFrom()
                    .iterable(newcomers)
                    .onItem()
                    .transformToUniAndConcatenate(advocateId -> place(session, advocateId, seats))
                    .collect()
                    .last()
                    .replaceWithVoid();
        });
    }

    /**
     * The person declined: they lose their place, and when they held a seat the first on the waitlist is invited.
     * Nothing happens when they are not in the session or declined before.
     */
    public Uni<Void> declined(UUID sessionId, UUID advocateId) {
        return sessions.lock(sessionId)
                .chain(session -> participants.find(sessionId, advocateId).chain(participant -> {
                    if (session == null
                            || participant == null
                            || SessionParticipant.DECLINED.equals(participant.status)) {
                        return Uni.createFrom().voidItem();
                    }
                    boolean heldSeat = SessionParticipant.INVITED.equals(participant.status);
                    participant.status = SessionParticipant.DECLINED;
                    participant.updatedAt = now();
                    Log.debugf("%s declined session %s", advocateId, sessionId);
                    return heldSeat
                            ? participants.flush().chain(() -> promoteFirstWaiting(session))
                            : Uni.createFrom().voidItem();
                }));
    }

    /** Invites the first on the waitlist the ask budget allows; those it does not are deferred on the way. */
    private Uni<Void> promoteFirstWaiting(GroupSession session) {
        return participants.firstWaiting(session.id).chain(first -> {
            if (first == null) {
                Log.debugf("Nobody waits for a seat in session %s", session.id);
                return Uni.createFrom().voidItem();
            }
            return budget.ask(first.advocateId, session.format, null, now()).chain(deferral -> {
                if (deferral != null) {
                    defer(first, deferral);
                    return participants.flush().chain(() -> promoteFirstWaiting(session));
                }
                Log.debugf("%s moves up from the waitlist of session %s", first.advocateId, session.id);
                return invite(session, first);
            });
        });
    }

    private static void defer(SessionParticipant participant, AskBudget.Deferral deferral) {
        participant.status = SessionParticipant.DEFERRED;
        participant.deferredReason = deferral.reason();
        participant.deferredUntil = deferral.possibleFrom();
        participant.updatedAt = now();
    }

    private Uni<Void> place(GroupSession session, UUID advocateId, Seats seats) {
        SessionParticipant participant = new SessionParticipant();
        participant.id = UUID.randomUUID();
        participant.sessionId = session.id;
        participant.advocateId = advocateId;
        participant.position = ++seats.lastPosition;
        participant.updatedAt = now();
        if (seats.invited < session.capacity) {
            return budget.ask(advocateId, session.format, null, now()).chain(deferral -> {
                if (deferral != null) {
                    defer(participant, deferral);
                    return participants.persist(participant).replaceWithVoid();
                }
                seats.invited++;
                participant.status = SessionParticipant.INVITED;
                return participants.persist(participant).chain(stored -> invite(session, stored));
            });
        }
        participant.status = SessionParticipant.WAITLISTED;
        return participants.persist(participant).replaceWithVoid();
    }

    private Uni<Void> invite(GroupSession session, SessionParticipant participant) {
        return scheduler
                .scheduleInvitation(
                        participant.advocateId,
                        session.manager,
                        session.format,
                        session.startsAt,
                        session.durationMinutes,
                        session.id,
                        "invited to " + session.format + ": " + session.topic)
                .invoke(interaction -> {
                    participant.status = SessionParticipant.INVITED;
                    participant.interactionId = interaction.id;
                    participant.updatedAt = now();
                })
                .replaceWithVoid();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** How many hold a seat, and the last position given, as people are added one after another. */
    private static final class Seats {
        int invited;
        int lastPosition;

        Seats(int invited, int lastPosition) {
            this.invited = invited;
            this.lastPosition = lastPosition;
        }
    }
}
