package io.advocacy.advocate.council.rest;

import io.advocacy.advocate.council.repository.QuestionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Structured feedback asked of a council's members.
 *
 * @param questions in the order they are asked; each is answered by its position, from 0
 */
public record FeedbackRequestBody(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Question> questions) {

    /**
     * One question.
     *
     * @param kind {@code text} (free text), {@code scale} (a score from 1 to 5) or {@code choice} (one of the options)
     * @param options for a choice: 2 to 20 different options; none for the other kinds
     */
    public record Question(
            @NotBlank @Size(max = 1000) String text,
            @NotNull QuestionKind kind,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> options) {}
}
