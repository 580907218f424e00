package io.advocacy.advocate.profile.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Badges shown on profiles. */
@ApplicationScoped
public class ProfileBadgeRepository implements PanacheRepositoryBase<ProfileBadge, UUID> {

    public Uni<List<ProfileBadge>> ofAdvocate(UUID advocateId) {
        return list("advocateId", Sort.ascending("awardedAt"), advocateId);
    }
}
