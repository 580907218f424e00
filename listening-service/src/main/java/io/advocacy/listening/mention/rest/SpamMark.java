package io.advocacy.listening.mention.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A manager's reason for marking a mention as spam.
 *
 * @param reason why, in words; shown on the mention and on the held author
 */
public record SpamMark(@NotBlank @Size(max = 500) String reason) {}
