package io.advocacy.listening.insight.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An alert as the API shows it.
 *
 * @param closedAt null while it is open
 */
public record AlertView(
        UUID id,
        String programme,
        String kind,
        UUID mentionId,
        String authorKey,
        int authorReach,
        double sentiment,
        String reason,
        OffsetDateTime raisedAt,
        OffsetDateTime closedAt,
        String closedBy) {}
