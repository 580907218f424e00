package io.advocacy.listening.source.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A source's new settings; saving them also reactivates it. A new URL is a new feed: its cursor starts over, and
 * ingestion, idempotent on platform and entry id, keeps entries seen before from being published again.
 *
 * @param platform the platform its entries are mentions of; {@code blog} when absent
 * @param pollIntervalSeconds how often to poll it; the service's default when absent
 */
public record SourceUpdate(
        @NotBlank @Size(max = 120) String name,

        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,

        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' or '-'")
        String platform,

        @Positive Integer pollIntervalSeconds) {}
