package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.council-term-ended.v1} (advocate-service, keyed by the
 * member): a person's term on an advisory council ended at a rotation (see docs/events.md).
 *
 * @param advocateId the council member
 * @param membershipId the seat held for that term; the event id stands in when absent
 * @param reason {@code term-ended} (or absent) when the term was served to its end; anything else, such as a future
 *     {@code resigned}, earns nothing
 * @param endedAt when it ended; optional
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilTermEnded(@NotNull UUID advocateId, UUID membershipId, String reason, OffsetDateTime endedAt) {

    public static final String TYPE = "io.advocacy.advocate.council-term-ended.v1";

    /** True when the term was served to its end. */
    public boolean served() {
        return reason == null || "term-ended".equals(reason);
    }
}
