package io.advocacy.interaction.outcome.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a manager records once an interaction is over.
 *
 * @param attendance {@code attended}, {@code declined} or {@code no-show}
 * @param feedback what the person said, when they said anything
 */
public record OutcomeRequest(
        @NotNull @Pattern(regexp = "attended|declined|no-show", message = "must be attended, declined or no-show")
        String attendance,

        @Valid Feedback feedback) {

    /**
     * The person's feedback.
     *
     * @param topic what it was about
     * @param sentiment from -2 (very negative) to 2 (very positive)
     * @param text what they said, when noted
     */
    public record Feedback(
            @NotBlank @Size(max = 200) String topic,
            @NotNull @Min(-2) @Max(2) Integer sentiment,
            @Size(max = 10_000) String text) {}
}
