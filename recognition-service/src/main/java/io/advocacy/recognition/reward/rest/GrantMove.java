package io.advocacy.recognition.reward.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A grant's next step of fulfilment.
 *
 * @param status accepted, fulfilled, declined or cancelled
 * @param note what happened, for the ledger
 */
public record GrantMove(
        @NotBlank String status, @Size(max = 500) String note) {}
