package io.advocacy.advocate.council.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A member's response to a feedback request: one answer per question.
 *
 * @param advocateId the member; an advocate answering for themself may leave it out, a manager must name them
 */
public record FeedbackAnswersBody(
        UUID advocateId, @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Answer> answers) {

    /**
     * The answer to the question at this position: {@code text} for a text question, {@code score} (1 to 5) for a
     * scale, {@code choice} (one of the options) for a choice.
     */
    public record Answer(
            @NotNull @Min(0) Integer question,
            @Size(max = 4000) String text,
            @Min(1) @Max(5) Integer score,
            @Size(max = 200) String choice) {}
}
