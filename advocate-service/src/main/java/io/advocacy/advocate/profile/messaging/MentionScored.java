package io.advocacy.advocate.profile.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What advocate-service reads of {@code io.advocacy.mention.scored.v1}: only the fields it needs.
 *
 * @param text what was said, optional: the handles it names suggest profiles that are one person
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MentionScored(
        @NotNull UUID mentionId,
        @NotBlank String platform,
        @NotBlank String authorKey,
        @NotNull @Valid Author author,
        String url,
        String text,
        @NotNull OffsetDateTime publishedAt,
        @NotNull @DecimalMin("-1") @DecimalMax("1") Double sentiment) {

    /** The author as the platform showed them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(@NotBlank String handle, String displayName, long followers) {}
}
