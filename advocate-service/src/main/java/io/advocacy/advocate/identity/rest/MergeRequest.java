package io.advocacy.advocate.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A merge of another profile into this one, which survives.
 *
 * @param otherId the profile merged away (kept, marked merged into this one)
 * @param reason why they are one person, kept with the merge
 */
public record MergeRequest(
        @NotNull UUID otherId, @NotBlank @Size(max = 1000) String reason) {}
