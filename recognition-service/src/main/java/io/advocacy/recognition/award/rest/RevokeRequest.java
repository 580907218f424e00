package io.advocacy.recognition.award.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A request to revoke an award.
 *
 * @param reason why, shown to anyone who verifies its credential
 */
public record RevokeRequest(@NotBlank @Size(max = 500) String reason) {}
