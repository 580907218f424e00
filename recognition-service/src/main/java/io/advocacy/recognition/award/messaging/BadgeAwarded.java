package io.advocacy.recognition.award.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.badge.awarded.v1} on {@code advocacy.recognitions}, keyed by the advocate id: a badge was
 * awarded, once per person and badge (and period, for a repeatable badge).
 *
 * @param reason why it was awarded
 * @param period for a repeatable badge, the period it was earned in (for example {@code 2026-11}); null otherwise
 */
public record BadgeAwarded(
        UUID awardId,
        UUID advocateId,
        String badgeCode,
        String badgeName,
        OffsetDateTime awardedAt,
        String reason,
        String period) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.badge.awarded.v1";

    /** The topic recognition events go to. */
    public static final String TOPIC = "advocacy.recognitions";
}
