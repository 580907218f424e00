package io.advocacy.recognition.spotlight.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A spotlight proposal as the API shows it.
 *
 * @param score sentiment weighted by reach, {@code sentiment * (1 + log10(1 + followers))}: the queue's order
 * @param status proposed, approved, featured or dismissed
 * @param consentConfirmedBy the manager who confirmed the person's consent to be featured
 */
public record SpotlightView(
        UUID id,
        UUID advocateId,
        UUID mentionId,
        String authorKey,
        String displayName,
        String url,
        double sentiment,
        int followers,
        double score,
        OffsetDateTime publishedAt,
        String status,
        OffsetDateTime proposedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        String note,
        String consentConfirmedBy,
        OffsetDateTime consentConfirmedAt,
        OffsetDateTime featuredAt) {}
