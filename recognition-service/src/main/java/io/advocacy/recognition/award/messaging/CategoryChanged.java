package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.category-changed.v1}: a person moved on the continuum.
 *
 * @param previousCategory where they stood before; null when just discovered
 * @param evidence the mention that moved them, when given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CategoryChanged(
        @NotNull UUID advocateId,
        String previousCategory,
        @NotBlank String category,
        Evidence evidence) {

    public static final String TYPE = "io.advocacy.advocate.category-changed.v1";

    /** The mention behind the move. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(UUID mentionId) {}
}
