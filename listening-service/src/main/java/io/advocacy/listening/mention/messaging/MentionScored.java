package io.advocacy.listening.mention.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.mention.scored.v1} on {@code advocacy.mentions}, keyed by the author key: a new mention
 * was stored and scored.
 *
 * @param authorKey the author across the platform, {@code <platform>:<handle>}; also the record key
 * @param sentiment the compound sentiment score in [-1, 1]
 * @param language ISO 639-1 code of its language, or {@code und}
 * @param sentimentSupported false when the scorer does not cover the language and the sentiment is a neutral 0
 * @param authorReach the author's reach on the platform, 0 to 100
 * @param matches the programmes' query versions it matched
 */
public record MentionScored(
        UUID mentionId,
        String platform,
        String externalId,
        String authorKey,
        Author author,
        String url,
        String text,
        OffsetDateTime publishedAt,
        double sentiment,
        String language,
        boolean sentimentSupported,
        int authorReach,
        List<Match> matches) {

    /** A programme's query version the mention matched. */
    public record Match(String programme, UUID queryId, int queryVersion) {}

    /** The author as the platform showed them. */
    public record Author(String handle, String displayName, long followers) {}

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.mention.scored.v1";

    /** The topic mention events go to. */
    public static final String TOPIC = "advocacy.mentions";
}
