package io.advocacy.advocate.continuum.repository;

import io.advocacy.advocate.continuum.Continuum;
import io.advocacy.advocate.continuum.Evidence;
import io.advocacy.advocate.identity.repository.MergeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The pieces of evidence the continuum is computed from, and their summary over a person's window. Mentions count on
 * the identity they came from, interaction outcomes on the profile; a profile's evidence is that of its identities and
 * its own, with that of the profiles merged into it (and into those). Call within a transaction; pending entity changes are flushed
 * first, so a new identity or a merge just made is seen.
 */
@ApplicationScoped
public class EvidenceRepository {

    /** What an interaction's outcome counts as. */
    public enum Outcome {
        ATTENDED,
        MISSED
    }

    static final String WINDOW = MergeRepository.groupOf(1).stripTrailing() + ", ev as ("
            + " select e.kind, e.occurred_at, e.sentiment, e.reach, e.weight from advocate_evidence e"
            + " join advocate_identity i on i.id = e.identity_id where i.advocate_id = ?1"
            + " union all"
            + " select e.kind, e.occurred_at, e.sentiment, e.reach, e.weight from advocate_evidence e"
            + " where e.advocate_id in (select id from members)),"
            + " w as (select max(occurred_at) - cast(?2 as double precision) * interval '1 second' as from_, max(occurred_at) as to_ from ev),"
            + " weeks as (select kind, date_trunc('week', occurred_at at time zone 'UTC') week from ev, w"
            + " where ev.occurred_at > w.from_)"
            + " select w.from_, w.to_,"
            + " coalesce(sum(ev.weight) filter (where ev.kind = 'MENTION'), 0),"
            + " coalesce(sum(ev.sentiment * ev.weight) filter (where ev.kind = 'MENTION'), 0),"
            + " coalesce(sum(ev.weight) filter (where ev.kind = 'MENTION' and ev.sentiment >= cast(?3 as double precision)), 0),"
            + " coalesce(sum(ev.weight) filter (where ev.kind = 'MENTION' and ev.sentiment <= -cast(?3 as double precision)), 0),"
            + " (select count(distinct week) from weeks where kind = 'MENTION'),"
            + " (select count(distinct week) from weeks where kind in ('MENTION', 'ATTENDED')),"
            + " coalesce(max(ev.reach) filter (where ev.kind = 'MENTION'), 0),"
            + " count(ev.kind) filter (where ev.kind = 'ATTENDED'),"
            + " count(ev.kind) filter (where ev.kind = 'MISSED')"
            + " from w left join ev on ev.occurred_at > w.from_ group by w.from_, w.to_";

    /**
     * One piece of evidence, as a person's export shows it.
     *
     * @param kind {@code mention}, {@code attended} or {@code missed}
     * @param id the mention's or the interaction's id (a summary of mentions counted before V9 has its own)
     * @param weight how many mentions it stands for
     */
    public record Piece(String kind, UUID id, OffsetDateTime occurredAt, Double sentiment, Long reach, int weight) {}

    /** Every piece of the person's evidence, whatever its age, oldest first. */
    public Uni<java.util.List<Piece>> all(UUID advocateId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                MergeRepository.groupOf(1)
                                        + "select lower(e.kind), e.id, e.occurred_at, e.sentiment, e.reach, e.weight"
                                        + " from advocate_evidence e left join advocate_identity i on i.id = e.identity_id"
                                        + " where i.advocate_id = ?1 or e.advocate_id in (select id from members)"
                                        + " order by e.occurred_at, e.id",
                                Object[].class)
                        .setParameter(1, advocateId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new Piece(
                                (String) r[0],
                                (UUID) r[1],
                                time(r[2]),
                                r[3] == null ? null : ((Number) r[3]).doubleValue(),
                                r[4] == null ? null : ((Number) r[4]).longValue(),
                                ((Number) r[5]).intValue()))
                        .toList());
    }

    /** Keeps a mention as evidence on the identity it came from; a mention already kept is left as it is. */
    public Uni<Void> mention(UUID identityId, UUID mentionId, OffsetDateTime at, double sentiment, long reach) {
        return execute(
                "insert into advocate_evidence (id, kind, identity_id, occurred_at, sentiment, reach)"
                        + " values (?1, 'MENTION', ?2, ?3, ?4, ?5) on conflict (id) do nothing",
                mentionId,
                identityId,
                at,
                sentiment,
                reach);
    }

    /** Keeps an interaction's outcome as evidence on the profile; one already kept is left as it is. */
    public Uni<Void> interaction(UUID advocateId, UUID interactionId, Outcome outcome, OffsetDateTime at) {
        return execute(
                "insert into advocate_evidence (id, kind, advocate_id, occurred_at)"
                        + " select cast(?1 as uuid), cast(?2 as text), cast(?3 as uuid), cast(?4 as timestamptz)"
                        + " where exists (select 1 from advocate where id = cast(?3 as uuid))"
                        + " on conflict (id) do nothing",
                interactionId,
                outcome.name(),
                advocateId,
                at);
    }

    /** The summary of the person's evidence over the window that ends at their newest piece. */
    public Uni<Evidence> window(UUID advocateId, Duration window) {
        return Panache.getSession()
                .chain(session -> session.flush().chain(() -> session.createNativeQuery(WINDOW, Object[].class)
                        .setParameter(1, advocateId)
                        .setParameter(2, (double) window.toSeconds())
                        .setParameter(3, Continuum.POSITIVE)
                        .getResultList()))
                .map(rows -> rows.isEmpty() ? Evidence.NONE : evidence(rows.get(0)));
    }

    private static Evidence evidence(Object[] r) {
        if (r[1] == null) {
            return Evidence.NONE;
        }
        return new Evidence(
                time(r[0]),
                time(r[1]),
                ((Number) r[2]).intValue(),
                ((Number) r[3]).doubleValue(),
                ((Number) r[4]).intValue(),
                ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(),
                ((Number) r[8]).longValue(),
                ((Number) r[9]).intValue(),
                ((Number) r[10]).intValue());
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant) {
            return ((java.time.Instant) value).atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime) {
            return ((java.time.LocalDateTime) value).atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }

    private static Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession()
                .chain(session -> session.flush().chain(() -> {
                    var query = session.createNativeQuery(sql);
                    for (int i = 0; i < parameters.length; i++) {
                        query.setParameter(i + 1, parameters[i]);
                    }
                    return query.executeUpdate();
                }))
                .replaceWithVoid();
    }
}
