package io.advocacy.advocate.council.service;

import io.advocacy.advocate.council.repository.FeedbackAnswer;
import io.advocacy.advocate.council.repository.FeedbackQuestion;
import io.advocacy.advocate.council.repository.FeedbackRequest;
import io.advocacy.advocate.council.repository.FeedbackResponse;
import io.advocacy.advocate.council.repository.QuestionKind;
import io.advocacy.advocate.council.rest.FeedbackAnswersBody;
import io.advocacy.advocate.council.rest.FeedbackRequestBody;
import io.advocacy.advocate.council.rest.FeedbackRequestView;
import io.advocacy.advocate.council.rest.FeedbackResultsView;
import io.advocacy.platform.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Checks questions and answers against each other and sums up the answers; no database, so it is tested alone. */
public final class FeedbackResults {

    private FeedbackResults() {}

    /** Every way the questions are inconsistent with their kinds, each naming its field. */
    public static List<Problem.Violation> checkQuestions(List<FeedbackRequestBody.Question> questions) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            FeedbackRequestBody.Question q = questions.get(i);
            List<String> options = q.options() == null ? List.of() : q.options();
            String field = "questions[" + i + "].options";
            if (q.kind() == QuestionKind.CHOICE) {
                if (options.size() < 2 || new HashSet<>(options).size() != options.size()) {
                    violations.add(new Problem.Violation(field, "a choice needs 2 to 20 different options"));
                }
            } else if (!options.isEmpty()) {
                violations.add(new Problem.Violation(field, "only a choice has options"));
            }
        }
        return violations;
    }

    /** Every way the answers do not fit the questions: each question answered once, as its kind asks. */
    public static List<Problem.Violation> checkAnswers(
            List<FeedbackQuestion> questions, List<FeedbackAnswersBody.Answer> answers) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<Integer> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            FeedbackAnswersBody.Answer a = answers.get(i);
            String at = "answers[" + i + "].";
            if (a.question() >= questions.size()) {
                violations.add(new Problem.Violation(
                        at + "question", "there are only " + questions.size() + " questions, from 0"));
                continue;
            }
            if (!answered.add(a.question())) {
                violations.add(
                        new Problem.Violation(at + "question", "question " + a.question() + " is answered twice"));
                continue;
            }
            FeedbackQuestion q = questions.get(a.question());
            switch (q.kind) {
                case TEXT:
                    if (a.text() == null || a.text().isBlank()) {
                        violations.add(new Problem.Violation(at + "text", "question " + q.position + " asks for text"));
                    }
                    break;
                case SCALE:
                    if (a.score() == null) {
                        violations.add(new Problem.Violation(
                                at + "score", "question " + q.position + " asks for a score from 1 to 5"));
                    }
                    break;
                default:
                    if (a.choice() == null || !Arrays.asList(q.options).contains(a.choice())) {
                        violations.add(
                                new Problem.Violation(at + "choice", "must be one of " + String.join(", ", q.options)));
                    }
            }
        }
        for (FeedbackQuestion q : questions) {
            if (!answered.contains(q.position)) {
                violations.add(new Problem.Violation("answers", "question " + q.position + " is not answered"));
            }
        }
        return violations;
    }

    /** The answer to store for one question: only the part its kind asks for. */
    static FeedbackAnswer answer(UUID responseId, FeedbackQuestion q, FeedbackAnswersBody.Answer a) {
        FeedbackAnswer answer = new FeedbackAnswer();
        answer.id = UUID.randomUUID();
        answer.responseId = responseId;
        answer.position = q.position;
        switch (q.kind) {
            case TEXT:
                answer.text = a.text().strip();
                break;
            case SCALE:
                answer.score = a.score();
                break;
            default:
                answer.choice = a.choice();
        }
        return answer;
    }

    static FeedbackRequestView toView(FeedbackRequest r, List<FeedbackQuestion> questions) {
        return new FeedbackRequestView(
                r.id,
                r.councilId,
                r.title,
                questions.stream()
                        .map(q -> new FeedbackRequestView.Question(q.position, q.text, q.kind, options(q)))
                        .toList(),
                r.createdAt,
                r.createdBy);
    }

    /**
     * Sums up the answers per question.
     *
     * @param answers every answer, by position and then in the order of the responses
     */
    public static FeedbackResultsView summarise(
            FeedbackRequest r,
            List<FeedbackQuestion> questions,
            List<FeedbackResponse> responses,
            List<FeedbackAnswer> answers,
            long members) {
        List<FeedbackResultsView.QuestionResult> results = new ArrayList<>();
        for (FeedbackQuestion q : questions) {
            List<FeedbackAnswer> mine =
                    answers.stream().filter(a -> a.position == q.position).toList();
            Double mean = null;
            Map<String, Integer> scores = null;
            Map<String, Integer> choices = null;
            List<String> texts = null;
            if (q.kind == QuestionKind.SCALE) {
                scores = new LinkedHashMap<>();
                for (int s = 1; s <= 5; s++) {
                    int score = s;
                    scores.put(Integer.toString(s), (int)
                            mine.stream().filter(a -> a.score == score).count());
                }
                mean = mine.isEmpty()
                        ? null
                        : Math.round(mine.stream()
                                                .mapToInt(a -> a.score)
                                                .average()
                                                .orElse(0)
                                        * 100)
                                / 100.0;
            } else if (q.kind == QuestionKind.CHOICE) {
                choices = new LinkedHashMap<>();
                for (String option : q.options) {
                    choices.put(option, (int)
                            mine.stream().filter(a -> option.equals(a.choice)).count());
                }
            } else {
                texts = mine.stream().map(a -> a.text).toList();
            }
            results.add(new FeedbackResultsView.QuestionResult(
                    q.position, q.text, q.kind, options(q), mine.size(), mean, scores, choices, texts));
        }
        return new FeedbackResultsView(
                r.id,
                r.councilId,
                r.title,
                r.createdAt,
                r.createdBy,
                (int) members,
                responses.size(),
                responses.stream().map(x -> x.advocateId).toList(),
                results);
    }

    private static List<String> options(FeedbackQuestion q) {
        return q.options == null ? null : List.of(q.options);
    }
}
