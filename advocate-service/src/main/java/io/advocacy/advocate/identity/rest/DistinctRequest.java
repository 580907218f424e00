package io.advocacy.advocate.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Marks two profiles as different people, so they are never merged nor suggested as a match.
 *
 * @param otherId the other profile
 * @param reason why they are different people
 */
public record DistinctRequest(
        @NotNull UUID otherId, @NotBlank @Size(max = 1000) String reason) {}
