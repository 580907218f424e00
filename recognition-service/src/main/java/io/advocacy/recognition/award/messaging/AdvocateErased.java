package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This service's reading of {@code io.advocacy.advocate.erased.v1}: the person was erased from advocate-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateErased(@NotNull UUID advocateId) {

    public static final String TYPE = "io.advocacy.advocate.erased.v1";
}
