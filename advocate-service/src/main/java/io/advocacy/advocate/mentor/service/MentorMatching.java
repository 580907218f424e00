package io.advocacy.advocate.mentor.service;

import io.advocacy.advocate.mentor.messaging.MentorEvents;
import io.advocacy.advocate.mentor.repository.Mentoring;
import io.advocacy.advocate.mentor.repository.MentoringRepository;
import io.advocacy.advocate.mentor.repository.WaitingMentee;
import io.advocacy.advocate.mentor.repository.WaitingMenteeRepository;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Pairs newcomers with veterans and ends pairings, publishing each change. Runs inside the caller's transaction,
 * holding the mentoring lock ({@link MentoringRepository#lockMentoring()}), which the caller takes first.
 *
 * <p>A veteran is an active person who has been active for {@code advocacy.mentors.veteran-after} or has
 * {@code advocacy.mentors.veteran-positive-mentions} positive mentions, and is not a newcomer with an open pairing
 * themself. A newcomer who finds nobody waits in a queue; the queue is served when a mentor may have become available:
 * a pairing ends, someone becomes active, a locale is set, or on {@link #recheck()}.
 */
@ApplicationScoped
public class MentorMatching {

    /** Who pairs and ends pairings when no manager does. */
    public static final String BY_MATCHING = "matching";

    private final MentoringRepository mentorings;
    private final WaitingMenteeRepository waiting;
    private final AdvocateRepository advocates;
    private final EventPublisher events;
    private final MentorsConfig config;

    public MentorMatching(
            MentoringRepository mentorings,
            WaitingMenteeRepository waiting,
            AdvocateRepository advocates,
            EventPublisher events,
            MentorsConfig config) {
        this.mentorings = mentorings;
        this.waiting = waiting;
        this.advocates = advocates;
        this.events = events;
        this.config = config;
    }

    /** What one recheck did. */
    public record Recheck(int settled, int paired, long waiting) {}

    /**
     * Gives a newcomer the best mentor with room, or puts them in the queue.
     *
     * @return true when they got a mentor
     */
    public Uni<Boolean> pairOrWait(Advocate newcomer) {
        return mentorings
                .flush()
                .chain(() -> mentorings.bestMentor(newcomer.id, newcomer.language, newcomer.region, criteria()))
                .chain(best -> best.isPresent()
                        ? advocates
                                .findById(best.get())
                                .chain(mentor -> start(newcomer, mentor, BY_MATCHING))
                                .replaceWith(true)
                        : enqueue(newcomer).replaceWith(false));
    }

    /** Pairs a newcomer with the mentor given, ending an open pairing with someone else; publishes both. */
    public Uni<Mentoring> start(Advocate newcomer, Advocate mentor, String by) {
        return mentorings
                .openOfMentee(newcomer.id)
                .call(open -> open == null ? Uni.createFrom().nullItem() : end(open, EndReason.REASSIGNED, by))
                .chain(() -> waiting.deleteById(newcomer.id))
                .chain(() -> {
                    Mentoring m = MentorMapper.pairing(newcomer, mentor, by, now());
                    Log.debugf("%s mentors %s (by %s)", mentor.id, newcomer.id, by);
                    return mentorings
                            .persist(m)
                            .call(() -> events.publish(new OutgoingEvent(
                                    AdvocateEvents.TOPIC,
                                    MentorEvents.MentorAssigned.TYPE,
                                    newcomer.id.toString(),
                                    MentorMapper.assigned(m, newcomer))));
                });
    }

    /** Ends a pairing and publishes why; the mentor's freed place is not offered here (see {@link #serve}). */
    public Uni<Void> end(Mentoring m, EndReason reason, String by) {
        m.endedAt = now();
        m.endReason = reason.wireName();
        m.endedBy = by;
        Log.debugf("Mentoring of %s by %s ended: %s", m.menteeId, m.mentorId, m.endReason);
        return mentorings
                .flush()
                .chain(() -> events.publish(new OutgoingEvent(
                        AdvocateEvents.TOPIC,
                        MentorEvents.MentoringEnded.TYPE,
                        m.menteeId.toString(),
                        MentorMapper.ended(m))));
    }

    /** Offers a mentor's room to the newcomers waiting who share their language or region, longest waiting first. */
    public Uni<Void> serve(UUID mentorId) {
        return advocates
                .findById(mentorId)
                .chain(mentor -> mentor == null || mentor.stage != Stage.ACTIVE
                        ? Uni.createFrom().voidItem()
                        : waiting.sharing(mentor.language, mentor.region).chain(this::pairEachWaiting));
    }

    /**
     * What passing time changes, for a scheduler to call: newcomers who have now settled end their pairing, and
     * everyone waiting is offered the mentors with room (people become veterans by time, too).
     */
    public Uni<Recheck> recheck() {
        return mentorings
                .dueToSettle(now().minus(config.settleAfter()))
                .chain(due ->
                        each(due, m -> end(m, EndReason.SETTLED, BY_MATCHING)).replaceWith(due.size()))
                .chain(settled -> waiting.queue()
                        .map(queue -> queue.stream().map(w -> w.advocateId).toList())
                        .chain(ids -> pairEach(ids))
                        .chain(paired -> waiting.count().map(left -> new Recheck(settled, paired, left))));
    }

    /** A newcomer who reached {@code active}: their pairing ends when they have had it long enough. */
    public Uni<Void> settleIfDue(Advocate mentee) {
        OffsetDateTime due = now().minus(config.settleAfter());
        return mentorings
                .openOfMentee(mentee.id)
                .chain(open -> open != null && !open.startedAt.isAfter(due)
                        ? end(open, EndReason.SETTLED, BY_MATCHING).chain(() -> serve(open.mentorId))
                        : Uni.createFrom().voidItem());
    }

    /** Someone left (became alumni): their own pairing ends, and their mentees look for someone else. */
    public Uni<Void> left(Advocate person, String by) {
        return mentorings
                .openOfMentee(person.id)
                .chain(open -> open == null
                        ? Uni.createFrom().voidItem()
                        : end(open, EndReason.MENTEE_LEFT, by).chain(() -> serve(open.mentorId)))
                .chain(() -> waiting.deleteById(person.id))
                .chain(() -> mentorings.openOfMentor(person.id))
                .chain(mentees -> each(mentees, m -> end(m, EndReason.MENTOR_LEFT, by)
                        .chain(() -> advocates.findById(m.menteeId))
                        .chain(mentee -> pairOrWait(mentee).replaceWithVoid())));
    }

    public Uni<Void> stopWaiting(UUID advocateId) {
        return waiting.deleteById(advocateId).replaceWithVoid();
    }

    public MentoringRepository.Criteria criteria() {
        return new MentoringRepository.Criteria(
                now().minus(config.veteranAfter()), config.veteranPositiveMentions(), config.maxMentees());
    }

    private Uni<Void> enqueue(Advocate newcomer) {
        return waiting.findById(newcomer.id).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            WaitingMentee w = new WaitingMentee();
            w.advocateId = newcomer.id;
            w.since = now();
            Log.debugf("No mentor has room for %s; waiting", newcomer.id);
            return waiting.persist(w).replaceWithVoid();
        });
    }

    private Uni<Void> pairEachWaiting(List<UUID> ids) {
        return pairEach(ids).replaceWithVoid();
    }

    private Uni<Integer> pairEach(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(id -> advocates
                        .findById(id)
                        .chain(newcomer -> newcomer == null ? Uni.createFrom().item(false) : pairOrWait(newcomer)))
                .collect()
                .asList()
                .map(results -> (int)
                        results.stream().filter(Objects::nonNull).filter(b -> b).count());
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<Void>> action) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(item -> action.apply(item).replaceWith(Boolean.TRUE))
                .collect()
                .last()
                .replaceWithVoid();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
