package io.advocacy.recognition.merge.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This service's reading of {@code io.advocacy.advocate.unmerged.v1}: a merge was undone. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateUnmerged(
        @NotNull UUID mergeId,
        @NotNull UUID survivorId,
        @NotNull UUID restoredId) {

    public static final String TYPE = "io.advocacy.advocate.unmerged.v1";
}
