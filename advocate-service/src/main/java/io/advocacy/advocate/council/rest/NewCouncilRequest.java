package io.advocacy.advocate.council.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new advisory council.
 *
 * @param seats how many members it has at most
 * @param term how long a member's term lasts, ISO 8601 (such as {@code P1Y})
 */
public record NewCouncilRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2000) String purpose,
        @NotNull @Min(1) @Max(1000) Integer seats,
        @NotNull @Term String term) {}
