package io.advocacy.interaction.cadence.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.advocate.segment-joined.v1} and {@code segment-left.v1} on
 * {@code advocacy.advocates}: a person joined or left a segment.
 *
 * @param advocateId the person; also the record key
 * @param at when; the event's time when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SegmentChanged(
        @NotNull UUID advocateId, @NotNull UUID segmentId, OffsetDateTime at) {

    public static final String JOINED = "io.advocacy.advocate.segment-joined.v1";

    public static final String LEFT = "io.advocacy.advocate.segment-left.v1";
}
