package io.advocacy.listening.override.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a phrase should score in a programme's mentions.
 *
 * @param phrase one or more words, for example {@code killer feature} or {@code War Zone}
 * @param valence -4 (most negative) to 4 (most positive), as in the lexicon; 0 neutralises the phrase
 */
public record OverrideRequest(
        @NotBlank @Size(max = 100) String phrase,
        @NotNull @DecimalMin("-4") @DecimalMax("4") Double valence) {}
