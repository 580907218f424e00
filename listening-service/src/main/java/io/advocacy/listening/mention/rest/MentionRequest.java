package io.advocacy.listening.mention.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A mention pushed by an integrator.
 *
 * @param platform where it was said, for example {@code twitter}, {@code reddit}, {@code blog}
 * @param externalId the mention's id on that platform; platform and id identify it
 * @param author who said it
 * @param url where it can be read
 * @param text what was said
 * @param publishedAt when it was said
 * @param engagement how people reacted to it so far, when the platform says
 */
public record MentionRequest(
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, '.', '_' or '-'")
        String platform,

        @NotBlank @Size(max = 200) String externalId,
        @NotNull @Valid Author author,

        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url,

        @NotBlank @Size(max = 10_000) String text,
        @NotNull OffsetDateTime publishedAt,
        @Valid Engagement engagement) {

    /**
     * The author of a mention.
     *
     * @param handle their handle on the platform, with or without a leading {@code @}
     * @param displayName the name they show
     * @param followers how many people follow them there
     */
    public record Author(
            @NotBlank @Size(max = 200) String handle,
            @Size(max = 200) String displayName,
            @NotNull @PositiveOrZero Long followers) {}

    /**
     * Reactions to a mention.
     *
     * @param likes likes, favourites or up-votes
     * @param shares shares, retweets or reposts
     * @param replies replies or comments
     */
    public record Engagement(
            @PositiveOrZero Long likes,
            @PositiveOrZero Long shares,
            @PositiveOrZero Long replies) {

        /** All reactions added up. */
        public long total() {
            return (likes == null ? 0 : likes) + (shares == null ? 0 : shares) + (replies == null ? 0 : replies);
        }
    }
}
