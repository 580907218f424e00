package io.advocacy.listening.source.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A new feed source: an RSS or Atom feed to poll.
 *
 * @param programme the programme it belongs to, for example {@code lumen-advocates}
 * @param name what people call it, for example {@code Lumen community forum}
 * @param url the feed's http or https address
 * @param platform the platform its entries are mentions of; {@code blog} when absent
 * @param pollIntervalSeconds how often to poll it; the service's default when absent, otherwise within its bounds
 */
public record SourceRequest(
        @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "lower-case letters, digits and '-'")
        String programme,

        @NotBlank @Size(max = 120) String name,

        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,

        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' or '-'")
        String platform,

        @Positive Integer pollIntervalSeconds) {}
