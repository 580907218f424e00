package io.advocacy.recognition.award.repository;

import io.advocacy.recognition.merge.repository.MergedPeople;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Awarded badges. */
@ApplicationScoped
public class AwardRepository implements PanacheRepositoryBase<Award, UUID> {

    /**
     * Stores the award unless the person already holds the badge (for the award's period), under this id or a profile
     * merged into it; true when it was stored. A revoked award still holds its place, so a revoked badge is not awarded
     * again.
     */
    public Uni<Boolean> insertIfAbsent(Award award) {
        return getSession()
                .chain(session -> session.createNativeQuery(MergedPeople.family(2) + """
                                insert into award (id, advocate_id, badge_code, awarded_at, reason, period)
                                select cast(?1 as uuid), cast(?2 as uuid), cast(?3 as text), cast(?4 as timestamptz),
                                       cast(?5 as text), cast(?6 as text)
                                where not exists (select 1 from award a where a.advocate_id in (select id from family)
                                                  and a.badge_code = cast(?3 as text) and a.period = cast(?6 as text))
                                on conflict (advocate_id, badge_code, period) do nothing
                                """)
                        .setParameter(1, award.id)
                        .setParameter(2, award.advocateId)
                        .setParameter(3, award.badgeCode)
                        .setParameter(4, award.awardedAt)
                        .setParameter(5, award.reason)
                        .setParameter(6, award.period)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Newest first, optionally of one person. */
    public Uni<List<Award>> page(UUID advocateId, int page, int size) {
        var sort = Sort.descending("awardedAt").and("id");
        var query = advocateId == null ? findAll(sort) : find("advocateId", sort, advocateId);
        return query.page(page, size).list();
    }

    /** The person's awards that stand, oldest first. */
    public Uni<List<Award>> standing(UUID advocateId) {
        return list(
                "advocateId = ?1 and revokedAt is null", Sort.by("awardedAt").and("id"), advocateId);
    }

    /** Everyone who holds at least one standing award. */
    public Uni<List<UUID>> holders() {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select distinct a.advocateId from Award a where a.revokedAt is null", UUID.class)
                .getResultList());
    }

    public Uni<Long> count(UUID advocateId) {
        return advocateId == null ? count() : count("advocateId", advocateId);
    }
}
