package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.repository.QuestionKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a council's members answered.
 *
 * @param members the council's current members, who may respond
 * @param responses how many responded
 * @param respondents who responded, first first
 */
public record FeedbackResultsView(
        UUID id,
        UUID councilId,
        String title,
        OffsetDateTime createdAt,
        String createdBy,
        int members,
        int responses,
        List<UUID> respondents,
        List<QuestionResult> questions) {

    /**
     * The answers to one question.
     *
     * @param meanScore for a scale, the mean score rounded to two decimals; null before any answer
     * @param scores for a scale, how many gave each score, "1" to "5"
     * @param choices for a choice, how many chose each option, in the options' order
     * @param texts for a text question, the answers in the order the responses came
     */
    public record QuestionResult(
            int position,
            String text,
            QuestionKind kind,
            List<String> options,
            int answers,
            Double meanScore,
            Map<String, Integer> scores,
            Map<String, Integer> choices,
            List<String> texts) {}
}
