package io.advocacy.listening.override.rest;

import java.time.OffsetDateTime;

/**
 * A programme's override as the API shows it.
 *
 * @param phrase the phrase, lower case
 */
public record OverrideView(
        String programme, String phrase, double valence, OffsetDateTime updatedAt, String updatedBy) {}
