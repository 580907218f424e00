package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Feedback requests of councils. */
@ApplicationScoped
public class FeedbackRequestRepository implements PanacheRepositoryBase<FeedbackRequest, UUID> {

    public Uni<List<FeedbackRequest>> ofCouncil(UUID councilId) {
        return list("councilId", Sort.descending("createdAt").and("id"), councilId);
    }
}
