package io.advocacy.recognition.award.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An award as the API shows it.
 *
 * @param id the award's id
 * @param advocateId the person who earned it
 * @param badgeCode the badge, see {@code GET /badges}
 * @param awardedAt when it was awarded
 * @param reason why it was awarded
 * @param revokedAt when it was revoked; null while it stands
 * @param revocationReason why it was revoked
 */
public record AwardView(
        UUID id,
        UUID advocateId,
        String badgeCode,
        OffsetDateTime awardedAt,
        String reason,
        OffsetDateTime revokedAt,
        String revocationReason) {}
