package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Members' responses to feedback requests. */
@ApplicationScoped
public class FeedbackResponseRepository implements PanacheRepositoryBase<FeedbackResponse, UUID> {

    public Uni<List<FeedbackResponse>> ofRequest(UUID requestId) {
        return list("requestId", Sort.ascending("submittedAt").and("id"), requestId);
    }

    public Uni<FeedbackResponse> of(UUID requestId, UUID advocateId) {
        return find("requestId = ?1 and advocateId = ?2", requestId, advocateId).firstResult();
    }
}
