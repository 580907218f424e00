package io.advocacy.advocate.segment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The segment membership events advocate-service publishes on {@code advocacy.advocates}, keyed by advocate id (see
 * docs/events.md). They tell the changes after a segment's evaluation, one profile at a time; who is in a segment
 * when it is created or its rule changes is read from {@code GET /segments/{id}/members}.
 */
public final class SegmentEvents {

    private SegmentEvents() {}

    /**
     * Data of {@code io.advocacy.advocate.segment-joined.v1}: a person now meets a segment's rule.
     *
     * @param cause what changed: {@code profile} (a mention, a move, a new manager, anonymisation) or {@code time}
     *     (a relative time in the rule passed)
     */
    public record Joined(UUID advocateId, UUID segmentId, String segmentName, String cause, OffsetDateTime at) {
        public static final String TYPE = "io.advocacy.advocate.segment-joined.v1";
    }

    /**
     * Data of {@code io.advocacy.advocate.segment-left.v1}: a person no longer meets a segment's rule, or was erased.
     *
     * @param cause {@code profile}, {@code time} or {@code erased}
     */
    public record Left(UUID advocateId, UUID segmentId, String segmentName, String cause, OffsetDateTime at) {
        public static final String TYPE = "io.advocacy.advocate.segment-left.v1";
    }
}
