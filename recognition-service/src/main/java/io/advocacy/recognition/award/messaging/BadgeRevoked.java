package io.advocacy.recognition.award.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.badge.revoked.v1} on {@code advocacy.recognitions}, keyed by the advocate id: an award was
 * revoked and its credential no longer verifies.
 *
 * @param reason why it was revoked
 */
public record BadgeRevoked(UUID awardId, UUID advocateId, String badgeCode, String reason, OffsetDateTime revokedAt) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.badge.revoked.v1";
}
