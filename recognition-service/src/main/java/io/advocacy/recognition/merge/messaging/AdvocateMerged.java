package io.advocacy.recognition.merge.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's reading of {@code io.advocacy.advocate.merged.v1}: two profiles were found to be one person. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateMerged(
        @NotNull UUID mergeId,
        @NotNull UUID survivorId,
        @NotNull UUID absorbedId,
        OffsetDateTime mergedAt) {

    public static final String TYPE = "io.advocacy.advocate.merged.v1";
}
