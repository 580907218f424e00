package io.advocacy.interaction.merge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What interaction-service reads of {@code io.advocacy.advocate.merged.v1}: two profiles are one person.
 *
 * @param survivorId the profile that stays; also the record key
 * @param absorbedId the profile merged into it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateMerged(
        @NotNull UUID mergeId,
        @NotNull UUID survivorId,
        @NotNull UUID absorbedId) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.merged.v1";
}
