package io.advocacy.listening.sentiment.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Texts to score, up to 1,000 in one request.
 *
 * @param texts the texts, each at most 10,000 characters
 */
public record ScoreRequest(@NotEmpty @Size(max = 1000) List<@NotNull @Size(max = 10_000) String> texts) {}
