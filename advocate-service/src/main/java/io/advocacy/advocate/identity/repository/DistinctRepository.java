package io.advocacy.advocate.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Pairs of profiles marked as different people. */
@ApplicationScoped
public class DistinctRepository implements PanacheRepositoryBase<DistinctMark, UUID> {

    public Uni<DistinctMark> between(UUID one, UUID two) {
        UUID[] pair = DistinctMark.ordered(one, two);
        return find("advocateId = ?1 and otherId = ?2", pair[0], pair[1]).firstResult();
    }

    /** The first mark between any profile of one group and any of the other, or null. */
    public Uni<DistinctMark> anyBetween(Collection<UUID> group, Collection<UUID> others) {
        return find(
                        "(advocateId in :group and otherId in :others) or (advocateId in :others and otherId in :group)",
                        Sort.ascending("markedAt"),
                        Parameters.with("group", group).and("others", others))
                .firstResult();
    }

    /** Every mark any of these profiles is part of. */
    public Uni<List<DistinctMark>> anyInvolving(Collection<UUID> group) {
        return list("advocateId in ?1 or otherId in ?1", List.copyOf(group));
    }

    /** Every mark a profile is part of, oldest first. */
    public Uni<List<DistinctMark>> involving(UUID advocateId) {
        return list(
                "advocateId = ?1 or otherId = ?1", Sort.ascending("markedAt").and("id"), advocateId);
    }
}
