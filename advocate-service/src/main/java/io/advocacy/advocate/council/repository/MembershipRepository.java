package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Seats held on councils, current and ended. */
@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    /** Every membership of a council, current and ended, first started first. */
    public Uni<List<Membership>> ofCouncil(UUID councilId) {
        return list("councilId", Sort.ascending("startedAt").and("id"), councilId);
    }

    public Uni<Long> countCurrent(UUID councilId) {
        return count("councilId = ?1 and endedAt is null", councilId);
    }

    public Uni<Membership> currentOf(UUID councilId, UUID advocateId) {
        return find("councilId = ?1 and advocateId = ?2 and endedAt is null", councilId, advocateId)
                .firstResult();
    }

    /** Current memberships whose term has ended by the moment given. */
    public Uni<List<Membership>> expired(UUID councilId, OffsetDateTime at) {
        return list(
                "councilId = ?1 and endedAt is null and termEndsAt <= ?2",
                Sort.ascending("termEndsAt").and("id"),
                councilId,
                at);
    }

    /** The councils with a term that is over and not yet ended, for the rotation schedule. */
    public Uni<List<UUID>> councilsWithExpiredTerms(OffsetDateTime at) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select distinct councilId from Membership where endedAt is null and termEndsAt <= ?1",
                        UUID.class)
                .setParameter(1, at)
                .getResultList());
    }
}
