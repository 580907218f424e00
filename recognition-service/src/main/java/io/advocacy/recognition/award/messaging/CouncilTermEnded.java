package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.council-term-ended.v1} (advocate-service, keyed by the
 * member): a person's term on the advocate council ended. The fields are assumed until the producer documents them.
 *
 * @param advocateId the council member
 * @param termId the term; optional, the event id stands in for it
 * @param reason {@code completed} (or absent) when the term was served to its end; anything else, such as
 *     {@code resigned}, earns nothing
 * @param endedAt when it ended; optional
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilTermEnded(@NotNull UUID advocateId, UUID termId, String reason, OffsetDateTime endedAt) {

    public static final String TYPE = "io.advocacy.advocate.council-term-ended.v1";

    /** True when the term was served to its end. */
    public boolean served() {
        return reason == null || "completed".equals(reason);
    }
}
