package io.advocacy.interaction.erasure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** What interaction-service reads of {@code io.advocacy.advocate.erased.v1}: whose data to remove. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateErased(@NotNull UUID advocateId) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.erased.v1";
}
