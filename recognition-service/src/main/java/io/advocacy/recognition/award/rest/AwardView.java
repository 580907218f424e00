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
 * @param period the period a repeatable badge was earned in, for example {@code 2026-11}; null for a badge earned once
 * @param reason why it was awarded
 * @param revokedAt when it was revoked; null while it stands
 * @param revocationReason why it was revoked
 */
public record AwardView(
        UUID id,
        UUID advocateId,
        String badgeCode,
        OffsetDateTime awardedAt,
        String period,
        String reason,
        OffsetDateTime revokedAt,
        String revocationReason) {}
