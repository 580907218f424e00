package io.advocacy.advocate.council.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The council events advocate-service publishes on {@code advocacy.advocates}, keyed by the member's advocate id. */
public final class CouncilEvents {

    private CouncilEvents() {}

    /**
     * Data of {@code io.advocacy.advocate.council-joined.v1}: an advocate accepted a seat on a council.
     *
     * @param acceptedBy the principal name of who accepted: the advocate themself or a manager on their behalf
     */
    public record CouncilJoined(
            UUID advocateId,
            UUID councilId,
            String councilName,
            UUID membershipId,
            OffsetDateTime startedAt,
            OffsetDateTime termEndsAt,
            String acceptedBy) {
        public static final String TYPE = "io.advocacy.advocate.council-joined.v1";
    }

    /**
     * Data of {@code io.advocacy.advocate.council-term-ended.v1}: a member served their term and is now an alumnus of
     * the council.
     *
     * @param wasChair whether they chaired the council when their term ended
     */
    public record CouncilTermEnded(
            UUID advocateId,
            UUID councilId,
            String councilName,
            UUID membershipId,
            OffsetDateTime startedAt,
            OffsetDateTime termEndsAt,
            OffsetDateTime endedAt,
            String reason,
            boolean wasChair) {
        public static final String TYPE = "io.advocacy.advocate.council-term-ended.v1";
    }
}
