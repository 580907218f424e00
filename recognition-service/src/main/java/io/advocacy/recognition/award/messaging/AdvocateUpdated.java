package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's own reading of {@code io.advocacy.advocate.updated.v1} on {@code advocacy.advocates}: only the fields
 * recognition needs, everything else ignored.
 *
 * @param advocateId the person; also the record key
 * @param authorKey {@code <platform>:<handle>}
 * @param displayName the name the platform showed
 * @param followers the person's followers: their reach
 * @param positiveMentions how many of their mentions were positive so far
 * @param lastMention the mention that caused the update, when given
 * @param email the person's email address when advocate-service knows it; credentials carry it hashed, never plain
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateUpdated(
        @NotNull UUID advocateId,
        String authorKey,
        String displayName,
        @PositiveOrZero int followers,
        @PositiveOrZero int positiveMentions,
        @Valid LastMention lastMention,
        String email) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.updated.v1";

    /** Sentiment from which a mention counts as positive, as everywhere on the platform. */
    public static final double POSITIVE = 0.05;

    /** Sentiment up to which a mention counts as negative. */
    public static final double NEGATIVE = -0.05;

    /**
     * The mention behind the update.
     *
     * @param mentionId the listening service's id of the mention
     * @param sentiment its compound sentiment in [-1, 1]
     * @param url where it can be read
     * @param publishedAt when it was said
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LastMention(UUID mentionId, Double sentiment, String url, OffsetDateTime publishedAt) {}
}
