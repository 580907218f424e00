package io.advocacy.advocate.lifecycle.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The lifecycle history of every person. */
@ApplicationScoped
public class StageChangeRepository implements PanacheRepositoryBase<StageChange, UUID> {

    public Uni<List<StageChange>> ofAdvocate(UUID advocateId) {
        return list("advocateId", Sort.ascending("changedAt").and("id"), advocateId);
    }
}
