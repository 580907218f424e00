package io.advocacy.advocate.mentor.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pairings of newcomers and veterans, open and ended. */
@ApplicationScoped
public class MentoringRepository implements PanacheRepositoryBase<Mentoring, UUID> {

    /** Any number that no other advisory lock in the service database uses. */
    private static final long MENTORING_LOCK = 7_162_534_007L;

    /**
     * The criteria a mentor is chosen by.
     *
     * @param activeBefore a veteran has been active since at most this moment...
     * @param positiveMentions ...or has at least this many positive mentions
     * @param limit how many open pairings a mentor may have
     */
    public record Criteria(OffsetDateTime activeBefore, int positiveMentions, int limit) {}

    /**
     * Takes the transaction-scoped advisory lock under which every pairing is decided, so concurrent decisions never
     * give a mentor more than their limit. Take it after the one advocate row a transaction locks, if any, and lock no
     * advocate rows after it (the lifecycle holds the mover's row while it waits for this lock).
     */
    public Uni<Void> lockMentoring() {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1))")
                        .setParameter(1, MENTORING_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The newcomer's open pairing, or null. */
    public Uni<Mentoring> openOfMentee(UUID menteeId) {
        return find("menteeId = ?1 and endedAt is null", menteeId).firstResult();
    }

    /** A mentor's open pairings, oldest first. */
    public Uni<List<Mentoring>> openOfMentor(UUID mentorId) {
        return list(
                "mentorId = ?1 and endedAt is null", Sort.ascending("startedAt").and("id"), mentorId);
    }

    public Uni<Long> countOpenOfMentor(UUID mentorId) {
        return count("mentorId = ?1 and endedAt is null", mentorId);
    }

    /** Every pairing of a newcomer, newest first. */
    public Uni<List<Mentoring>> historyOfMentee(UUID menteeId) {
        return list("menteeId", Sort.descending("startedAt").and("id"), menteeId);
    }

    /** Open pairings whose newcomer is active and was paired at or before the moment given, oldest first. */
    public Uni<List<Mentoring>> dueToSettle(OffsetDateTime pairedBefore) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select m from Mentoring m, Advocate a where a.id = m.menteeId and m.endedAt is null"
                                + " and a.stage = io.advocacy.advocate.profile.repository.Stage.ACTIVE"
                                + " and m.startedAt <= :before order by m.startedAt, m.id",
                        Mentoring.class)
                .setParameter("before", pairedBefore)
                .getResultList());
    }

    /**
     * The best mentor for a newcomer: an active veteran, not the newcomer, not a newcomer themselves, with room, who
     * shares the language or the region; the same language first, then the same region, then the fewest mentees,
     * then the lowest id. Flush the session first: this reads the database.
     *
     * @param language the newcomer's language, or null
     * @param region the newcomer's region, or null
     */
    public Uni<Optional<UUID>> bestMentor(UUID newcomer, String language, String region, Criteria criteria) {
        String sql = """
                select a.id from advocate a
                where a.stage = 'ACTIVE' and a.id <> :newcomer
                  and (a.language = :language or a.region = :region)
                  and (a.positive_mentions >= :positives
                       or (select max(s.changed_at) from stage_change s
                           where s.advocate_id = a.id and s.to_stage = 'ACTIVE') <= :activeBefore)
                  and not exists (select 1 from mentoring n where n.mentee_id = a.id and n.ended_at is null)
                  and (select count(*) from mentoring m where m.mentor_id = a.id and m.ended_at is null) < :limit
                order by coalesce(a.language = :language, false) desc,
                         coalesce(a.region = :region, false) desc,
                         (select count(*) from mentoring m where m.mentor_id = a.id and m.ended_at is null),
                         a.id
                limit 1
                """;
        return getSession()
                .chain(session -> session.createNativeQuery(sql, Object.class)
                        .setParameter("newcomer", newcomer)
                        .setParameter("language", WaitingMenteeRepository.blankToNone(language))
                        .setParameter("region", WaitingMenteeRepository.blankToNone(region))
                        .setParameter("positives", criteria.positiveMentions())
                        .setParameter("activeBefore", criteria.activeBefore())
                        .setParameter("limit", (long) criteria.limit())
                        .getResultList())
                .map(rows -> rows.stream().findFirst().map(MentoringRepository::uuid));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
