package io.advocacy.advocate.segment.repository;

import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.segment.rule.Rule;
import io.advocacy.advocate.segment.rule.SqlWhere;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/** Who is in which segment; the set-based statements evaluate a rule over every profile at once. */
@ApplicationScoped
public class SegmentMemberRepository implements PanacheRepositoryBase<SegmentMember, SegmentMember.Key> {

    /**
     * Adds everyone who meets the rule and is not yet a member, in one statement; call within a transaction.
     *
     * @return how many joined
     */
    public Uni<Integer> insertMatching(UUID segmentId, Rule rule, OffsetDateTime now) {
        SqlWhere where = SqlWhere.of(rule, now, position -> "?" + position, 3);
        String sql = "insert into segment_member (segment_id, advocate_id, joined_at) select ?1, id, ?2 from advocate"
                + " where merged_into is null and (" + where.text() + ") on conflict do nothing";
        return getSession().chain(session -> bind(session.createNativeQuery(sql), where)
                .setParameter(1, segmentId)
                .setParameter(2, now)
                .executeUpdate());
    }

    /**
     * Removes every member who no longer meets the rule, in one statement; call within a transaction.
     *
     * @return how many left
     */
    public Uni<Integer> deleteNotMatching(UUID segmentId, Rule rule, OffsetDateTime now) {
        SqlWhere where = SqlWhere.of(rule, now, position -> "?" + position, 2);
        String sql = "delete from segment_member where segment_id = ?1 and advocate_id in"
                + " (select id from advocate where merged_into is not null or not (" + where.text() + "))";
        return getSession().chain(session -> bind(session.createNativeQuery(sql), where)
                .setParameter(1, segmentId)
                .executeUpdate());
    }

    /**
     * Up to {@code limit} people whose membership is not what the rule says at {@code now}: those who meet it and are
     * not members, and members who no longer meet it.
     */
    public Uni<List<UUID>> drifted(UUID segmentId, Rule rule, OffsetDateTime now, int limit) {
        SqlWhere where = SqlWhere.of(rule, now, position -> "?" + position, 3);
        String sql = "with matching as (select id from advocate where merged_into is null and (" + where.text() + "))"
                + " (select id from matching where id not in"
                + " (select advocate_id from segment_member where segment_id = ?1))"
                + " union all"
                + " (select advocate_id from segment_member where segment_id = ?1"
                + " and advocate_id not in (select id from matching))"
                + " limit ?2";
        return getSession().chain(session -> bind(session.createNativeQuery(sql, UUID.class), where)
                .setParameter(1, segmentId)
                .setParameter(2, limit)
                .getResultList());
    }

    /** Binds the rule's values to their positions; a query's setParameter changes the query itself. */
    private static <Q extends Mutiny.AbstractQuery> Q bind(Q query, SqlWhere where) {
        List<Object> values = where.parameters();
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(where.firstPosition() + i, values.get(i));
        }
        return query;
    }

    /** The segments one person is in. */
    public Uni<List<UUID>> segmentsOf(UUID advocateId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select m.segmentId from SegmentMember m where m.advocateId = ?1", UUID.class)
                .setParameter(1, advocateId)
                .getResultList());
    }

    /** How many members each of the segments has; a segment without members is absent. */
    public Uni<Map<UUID, Long>> counts(List<UUID> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select m.segmentId, count(m) from SegmentMember m where m.segmentId in ?1"
                                        + " group by m.segmentId",
                                Object[].class)
                        .setParameter(1, segmentIds)
                        .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1])));
    }

    /** A page of a segment's members with their profiles, longest members first. */
    public Uni<List<Object[]>> page(UUID segmentId, int page, int size) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select a, m.joinedAt from SegmentMember m join Advocate a on a.id = m.advocateId"
                                + " where m.segmentId = ?1 order by m.joinedAt, m.advocateId",
                        Object[].class)
                .setParameter(1, segmentId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList());
    }

    public Uni<Long> countOf(UUID segmentId) {
        return count("segmentId", segmentId);
    }

    /** Makes a person a member; call within a transaction. */
    public Uni<Void> join(UUID segmentId, Advocate advocate, OffsetDateTime at) {
        SegmentMember member = new SegmentMember();
        member.segmentId = segmentId;
        member.advocateId = advocate.id;
        member.joinedAt = at;
        return persist(member).replaceWithVoid();
    }

    /** Takes a person out of a segment; call within a transaction. */
    public Uni<Void> leave(UUID segmentId, UUID advocateId) {
        return delete("segmentId = ?1 and advocateId = ?2", segmentId, advocateId)
                .replaceWithVoid();
    }
}
