package io.advocacy.listening.mention.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored mention as the API shows it.
 *
 * @param id the platform's own id for it
 * @param authorKey the author across the platform: {@code <platform>:<handle>}
 * @param sentiment the compound sentiment score, from -1 (most negative) to 1 (most positive)
 */
public record MentionView(
        UUID id,
        String platform,
        String externalId,
        String authorKey,
        String authorHandle,
        String authorDisplayName,
        long authorFollowers,
        String url,
        String text,
        OffsetDateTime publishedAt,
        OffsetDateTime receivedAt,
        double sentiment) {}
