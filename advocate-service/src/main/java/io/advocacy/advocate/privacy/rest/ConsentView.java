package io.advocacy.advocate.privacy.rest;

import java.time.OffsetDateTime;

/**
 * Consent for a purpose on a channel, as recorded.
 *
 * @param recordedBy who recorded it: the advocate themself or a manager
 */
public record ConsentView(
        String purpose, String channel, boolean granted, OffsetDateTime recordedAt, String recordedBy) {}
