package io.advocacy.listening.mention.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored mention as the API shows it.
 *
 * @param id the platform's own id for it
 * @param authorKey the author across the platform: {@code <platform>:<handle>}
 * @param sentiment the compound sentiment score, from -1 (most negative) to 1 (most positive)
 * @param language ISO 639-1 code of its language, or {@code und}
 * @param sentimentSupported false when the language is one the scorer is not written for (sentiment is then 0)
 * @param authorReach the author's reach on the platform, 0 to 100, when the mention was stored
 * @param engagement likes, shares and replies when it was pushed
 * @param status {@code published}, {@code near-duplicate}, {@code spam} or {@code held}; only published ones are
 *     events
 * @param spamReason why it is spam or held
 * @param duplicateOf the first copy, when this is a near-duplicate of an earlier mention (it was not published)
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
        double sentiment,
        String language,
        boolean sentimentSupported,
        int authorReach,
        long engagement,
        UUID duplicateOf,
        String status,
        String spamReason) {}
