package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The questions of feedback requests. */
@ApplicationScoped
public class FeedbackQuestionRepository implements PanacheRepositoryBase<FeedbackQuestion, UUID> {

    /** A request's questions in order. */
    public Uni<List<FeedbackQuestion>> ofRequest(UUID requestId) {
        return list("requestId", Sort.ascending("position"), requestId);
    }
}
