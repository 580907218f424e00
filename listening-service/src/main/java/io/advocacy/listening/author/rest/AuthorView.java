package io.advocacy.listening.author.rest;

import java.time.OffsetDateTime;

/**
 * An author's reach on one platform, with its inputs.
 *
 * @param reach 0 to 100: followers (60 %), average engagement per mention (30 %), mentions of the brand (10 %), each
 *     on a log scale
 */
public record AuthorView(
        String authorKey,
        String platform,
        String handle,
        String displayName,
        long followers,
        long mentions,
        long engagement,
        int reach,
        OffsetDateTime updatedAt) {}
