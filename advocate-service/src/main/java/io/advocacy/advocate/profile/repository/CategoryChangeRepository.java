package io.advocacy.advocate.profile.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The continuum history of every person, with its evidence. */
@ApplicationScoped
public class CategoryChangeRepository implements PanacheRepositoryBase<CategoryChange, UUID> {

    public Uni<List<CategoryChange>> ofAdvocate(UUID advocateId) {
        return list("advocateId", Sort.ascending("changedAt"), advocateId);
    }
}
