package io.advocacy.recognition.credential.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What recognition-service reads of {@code io.advocacy.advocate.erased.v1} on {@code advocacy.advocates}: whose data
 * to remove.
 *
 * @param advocateId the erased person; also the record key
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdvocateErased(@NotNull UUID advocateId) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.advocate.erased.v1";
}
