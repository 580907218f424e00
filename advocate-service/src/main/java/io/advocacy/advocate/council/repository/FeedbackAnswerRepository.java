package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The answers in responses. */
@ApplicationScoped
public class FeedbackAnswerRepository implements PanacheRepositoryBase<FeedbackAnswer, UUID> {

    /** Every answer to a request, by question position and then in the order of the responses. */
    public Uni<List<FeedbackAnswer>> ofRequest(UUID requestId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select a from FeedbackAnswer a, FeedbackResponse r where r.id = a.responseId"
                                + " and r.requestId = :request order by a.position, r.submittedAt, r.id",
                        FeedbackAnswer.class)
                .setParameter("request", requestId)
                .getResultList());
    }
}
