package io.advocacy.recognition.spotlight.rest;

import jakarta.validation.constraints.Size;

/**
 * Approving or dismissing a proposal.
 *
 * @param note why; optional
 */
public record DecisionRequest(@Size(max = 500) String note) {}
