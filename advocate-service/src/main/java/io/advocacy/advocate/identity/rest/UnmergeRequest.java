package io.advocacy.advocate.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Undoes a merge into this profile: name the merge, or the profile it absorbed.
 *
 * @param mergeId the merge to undo
 * @param otherId the absorbed profile, when {@code mergeId} is not given
 * @param reason why they are not one person after all
 */
public record UnmergeRequest(
        UUID mergeId,
        UUID otherId,
        @NotBlank @Size(max = 1000) String reason) {}
