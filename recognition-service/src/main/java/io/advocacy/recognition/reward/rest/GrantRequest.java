package io.advocacy.recognition.reward.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A reward to grant to an advocate.
 *
 * @param rewardId the reward, from the catalogue
 * @param advocateId the advocate
 * @param note why, for the ledger
 */
public record GrantRequest(
        @NotNull UUID rewardId,
        @NotNull UUID advocateId,
        @Size(max = 500) String note) {}
