package io.advocacy.advocate.council.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.advocate.council.repository.FeedbackAnswer;
import io.advocacy.advocate.council.repository.FeedbackQuestion;
import io.advocacy.advocate.council.repository.FeedbackRequest;
import io.advocacy.advocate.council.repository.FeedbackResponse;
import io.advocacy.advocate.council.repository.QuestionKind;
import io.advocacy.advocate.council.rest.FeedbackAnswersBody.Answer;
import io.advocacy.platform.problem.Problem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedbackResultsTest {

    private static final List<FeedbackQuestion> QUESTIONS = List.of(
            question(0, QuestionKind.SCALE, null),
            question(1, QuestionKind.CHOICE, new String[] {"a", "b"}),
            question(2, QuestionKind.TEXT, null));

    @Test
    void aCompleteFittingResponseHasNoViolations() {
        assertThat(FeedbackResults.checkAnswers(
                        QUESTIONS,
                        List.of(
                                new Answer(2, "fine", null, null),
                                new Answer(0, null, 3, null),
                                new Answer(1, null, null, "b"))))
                .isEmpty();
    }

    @Test
    void namesEachAnswerThatDoesNotFitAndEachQuestionLeftOut() {
        List<Problem.Violation> violations = FeedbackResults.checkAnswers(
                QUESTIONS,
                List.of(
                        new Answer(0, "text instead", null, null),
                        new Answer(1, null, null, "c"),
                        new Answer(0, null, 2, null)));
        assertThat(violations)
                .extracting(Problem.Violation::field)
                .containsExactly("answers[0].score", "answers[1].choice", "answers[2].question", "answers");
        assertThat(violations.get(3).message()).isEqualTo("question 2 is not answered");
    }

    @Test
    void summarisesScoresChoicesAndTextsPerQuestion() {
        FeedbackRequest request = new FeedbackRequest();
        request.id = UUID.randomUUID();
        List<FeedbackResponse> responses =
                List.of(new FeedbackResponse(), new FeedbackResponse(), new FeedbackResponse());
        List<FeedbackAnswer> answers = List.of(
                answer(0, null, 4, null),
                answer(0, null, 5, null),
                answer(0, null, 5, null),
                answer(1, null, null, "b"),
                answer(2, "one", null, null),
                answer(2, "two", null, null));

        var results = FeedbackResults.summarise(request, QUESTIONS, responses, answers, 5);

        assertThat(results.members()).isEqualTo(5);
        assertThat(results.responses()).isEqualTo(3);
        var scale = results.questions().get(0);
        assertThat(scale.answers()).isEqualTo(3);
        assertThat(scale.meanScore()).isEqualTo(4.67);
        assertThat(scale.scores())
                .containsExactly(
                        java.util.Map.entry("1", 0),
                        java.util.Map.entry("2", 0),
                        java.util.Map.entry("3", 0),
                        java.util.Map.entry("4", 1),
                        java.util.Map.entry("5", 2));
        assertThat(results.questions().get(1).choices())
                .containsExactly(java.util.Map.entry("a", 0), java.util.Map.entry("b", 1));
        assertThat(results.questions().get(1).meanScore()).isNull();
        assertThat(results.questions().get(2).texts()).containsExactly("one", "two");
    }

    private static FeedbackQuestion question(int position, QuestionKind kind, String[] options) {
        FeedbackQuestion q = new FeedbackQuestion();
        q.position = position;
        q.kind = kind;
        q.options = options;
        q.text = "q" + position;
        return q;
    }

    private static FeedbackAnswer answer(int position, String text, Integer score, String choice) {
        FeedbackAnswer a = new FeedbackAnswer();
        a.position = position;
        a.text = text;
        a.score = score;
        a.choice = choice;
        return a;
    }
}
