package io.advocacy.recognition.badge.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A badge definition as a programme admin writes it.
 *
 * @param code its identity: lower-case words joined by {@code -}; on PUT it must be the path's
 * @param name what people see
 * @param description what it recognises
 * @param criteriaNarrative what earns it, in words (shown in its credential)
 * @param criteria what earns it, as data (see the README's criteria format)
 * @param image an http(s) URL, or a reference to an image the service keeps; optional
 * @param repeatable true when it can be earned again, once per {@code period}; default false
 * @param period for a repeatable badge: P1D, P1W, P1M or P1Y
 * @param validDays days an award stays valid; none: it does not expire
 */
@ValidBadge
public record BadgeRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 2000) String criteriaNarrative,
        @NotNull JsonNode criteria,

        @Size(max = 2000)
        @Pattern(
                regexp = "https?://\\S+|[A-Za-z0-9][A-Za-z0-9._:/-]*",
                message = "must be an http(s) URL or an image reference")
        String image,

        Boolean repeatable,

        @Pattern(regexp = "P1[DWMY]", message = "must be P1D, P1W, P1M or P1Y")
        String period,

        @Positive @Max(36500) Integer validDays) {

    /** False unless said otherwise. */
    public boolean isRepeatable() {
        return Boolean.TRUE.equals(repeatable);
    }
}
