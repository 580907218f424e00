package io.advocacy.advocate.council.service;

import io.advocacy.advocate.council.repository.CouncilRepository;
import io.advocacy.advocate.council.repository.FeedbackAnswerRepository;
import io.advocacy.advocate.council.repository.FeedbackQuestion;
import io.advocacy.advocate.council.repository.FeedbackQuestionRepository;
import io.advocacy.advocate.council.repository.FeedbackRequest;
import io.advocacy.advocate.council.repository.FeedbackRequestRepository;
import io.advocacy.advocate.council.repository.FeedbackResponse;
import io.advocacy.advocate.council.repository.FeedbackResponseRepository;
import io.advocacy.advocate.council.repository.MembershipRepository;
import io.advocacy.advocate.council.rest.FeedbackAnswersBody;
import io.advocacy.advocate.council.rest.FeedbackRequestBody;
import io.advocacy.advocate.council.rest.FeedbackRequestView;
import io.advocacy.advocate.council.rest.FeedbackResultsView;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Structured feedback asked of a council's members: the questions, one response per member, and the results. */
@ApplicationScoped
public class FeedbackService {

    private final CouncilRepository councils;
    private final MembershipRepository memberships;
    private final FeedbackRequestRepository requests;
    private final FeedbackQuestionRepository questions;
    private final FeedbackResponseRepository responses;
    private final FeedbackAnswerRepository answers;

    public FeedbackService(
            CouncilRepository councils,
            MembershipRepository memberships,
            FeedbackRequestRepository requests,
            FeedbackQuestionRepository questions,
            FeedbackResponseRepository responses,
            FeedbackAnswerRepository answers) {
        this.councils = councils;
        this.memberships = memberships;
        this.requests = requests;
        this.questions = questions;
        this.responses = responses;
        this.answers = answers;
    }

    @WithTransaction
    public Uni<FeedbackRequestView> ask(UUID councilId, FeedbackRequestBody body, String by) {
        List<Problem.Violation> violations = FeedbackResults.checkQuestions(body.questions());
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "the questions do not fit their kinds", violations);
        }
        FeedbackRequest request = new FeedbackRequest();
        request.id = UUID.randomUUID();
        request.councilId = councilId;
        request.title = body.title().strip();
        request.createdAt = now();
        request.createdBy = by;
        List<FeedbackQuestion> asked = new ArrayList<>();
        for (int i = 0; i < body.questions().size(); i++) {
            FeedbackRequestBody.Question q = body.questions().get(i);
            FeedbackQuestion question = new FeedbackQuestion();
            question.id = UUID.randomUUID();
            question.requestId = request.id;
            question.position = i;
            question.text = q.text().strip();
            question.kind = q.kind();
            question.options = q.options() == null || q.options().isEmpty()
                    ? null
                    : q.options().stream().map(String::strip).toArray(String[]::new);
            asked.add(question);
        }
        return councils.findById(councilId)
                .plug(ProblemException.orNotFound("Council", councilId))
                .chain(council -> requests.persist(request))
                .chain(() -> questions.persist(asked))
                .map(ignored -> FeedbackResults.toView(request, asked));
    }

    /** A council's feedback requests, newest first; an advocate sees them only while a member. */
    @WithSession
    public Uni<List<FeedbackRequestView>> list(UUID councilId, Caller caller, UUID self) {
        return councils.findById(councilId)
                .plug(ProblemException.orNotFound("Council", councilId))
                .call(council -> caller.staff() ? Uni.createFrom().voidItem() : requireSeeing(councilId, self))
                .chain(council -> requests.ofCouncil(councilId))
                .chain(list -> list.isEmpty()
                        ? Uni.createFrom().item(List.<FeedbackRequestView>of())
                        : Multi.createFrom()
                                .iterable(list)
                                .onItem()
                                .transformToUniAndConcatenate(
                                        r -> questions.ofRequest(r.id).map(qs -> FeedbackResults.toView(r, qs)))
                                .collect()
                                .asList());
    }

    /**
     * A current member responds, once.
     *
     * @throws ProblemException 403 when the caller may not act for the member, 409 when they are not a current member
     *     or responded already, 400 when the answers do not fit the questions
     */
    @WithTransaction
    public Uni<FeedbackResultsView> respond(
            UUID councilId, UUID requestId, UUID advocateId, FeedbackAnswersBody body, Caller caller) {
        if (!caller.mayActFor().test(advocateId)) {
            throw new ProblemException(403, "Forbidden", "an advocate may only respond for themself");
        }
        return councils.lockById(councilId)
                .plug(ProblemException.orNotFound("Council", councilId))
                .chain(council -> request(councilId, requestId))
                .call(request -> requireMember(councilId, advocateId))
                .call(request -> responses.of(requestId, advocateId).invoke(earlier -> {
                    if (earlier != null) {
                        throw new ProblemException(
                                409,
                                "Conflict",
                                "advocate " + advocateId + " responded to feedback request " + requestId
                                        + " already, at " + earlier.submittedAt);
                    }
                }))
                .chain(request ->
                        questions.ofRequest(requestId).chain(qs -> store(request, qs, advocateId, body, caller)))
                .chain(request -> summary(request));
    }

    @WithSession
    public Uni<FeedbackResultsView> results(UUID councilId, UUID requestId) {
        return request(councilId, requestId).chain(this::summary);
    }

    private Uni<FeedbackRequest> store(
            FeedbackRequest request,
            List<FeedbackQuestion> qs,
            UUID advocateId,
            FeedbackAnswersBody body,
            Caller caller) {
        List<Problem.Violation> violations = FeedbackResults.checkAnswers(qs, body.answers());
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "the answers do not fit the questions", violations);
        }
        FeedbackResponse response = new FeedbackResponse();
        response.id = UUID.randomUUID();
        response.requestId = request.id;
        response.advocateId = advocateId;
        response.submittedAt = now();
        response.submittedBy = caller.name();
        var stored = body.answers().stream()
                .sorted(Comparator.comparing(FeedbackAnswersBody.Answer::question))
                .map(a -> FeedbackResults.answer(response.id, qs.get(a.question()), a))
                .toList();
        return responses
                .persist(response)
                .chain(() -> answers.persist(stored))
                .chain(answers::flush)
                .replaceWith(request);
    }

    private Uni<FeedbackResultsView> summary(FeedbackRequest request) {
        return questions.ofRequest(request.id).chain(qs -> responses
                .ofRequest(request.id)
                .chain(rs -> answers.ofRequest(request.id).chain(as -> memberships
                        .countCurrent(request.councilId)
                        .map(members -> FeedbackResults.summarise(request, qs, rs, as, members)))));
    }

    private Uni<FeedbackRequest> request(UUID councilId, UUID requestId) {
        return requests.findById(requestId)
                .map(r -> r != null && r.councilId.equals(councilId) ? r : null)
                .plug(ProblemException.orNotFound("Feedback request", requestId));
    }

    private Uni<Void> requireSeeing(UUID councilId, UUID advocateId) {
        Uni<Boolean> member = advocateId == null
                ? Uni.createFrom().item(false)
                : memberships.currentOf(councilId, advocateId).map(m -> m != null);
        return member.invoke(yes -> {
                    if (!yes) {
                        throw new ProblemException(
                                403, "Forbidden", "only the council's current members see its feedback requests");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> requireMember(UUID councilId, UUID advocateId) {
        return memberships
                .currentOf(councilId, advocateId)
                .invoke(member -> {
                    if (member == null) {
                        throw new ProblemException(
                                409,
                                "Conflict",
                                "advocate " + advocateId + " is not a current member of council " + councilId);
                    }
                })
                .replaceWithVoid();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
