package io.advocacy.advocate.identity.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The merge events advocate-service publishes on {@code advocacy.advocates}, keyed by the surviving profile's id (see
 * docs/events.md).
 */
public final class IdentityEvents {

    private IdentityEvents() {}

    /**
     * Data of {@code io.advocacy.advocate.merged.v1}: two profiles were found to be one person; the absorbed one is
     * kept, marked merged into the survivor, which now holds its identities, mentions, badges and consent.
     *
     * @param identities the author keys the survivor holds now
     * @param movedIdentities the author keys that came from the absorbed profile
     * @param trigger {@code manual} (a manager merged them) or {@code link} (a linked identity was already held)
     * @param mergedBy the principal name of who merged them
     */
    public record Merged(
            UUID mergeId,
            UUID survivorId,
            UUID absorbedId,
            List<String> identities,
            List<String> movedIdentities,
            String trigger,
            String mergedBy,
            String reason,
            OffsetDateTime mergedAt) {
        public static final String TYPE = "io.advocacy.advocate.merged.v1";
    }

    /**
     * Data of {@code io.advocacy.advocate.unmerged.v1}: a merge was undone; the absorbed profile stands on its own
     * again with the identities, mentions, badges and consent the merge moved.
     *
     * @param restoredIdentities the author keys that went back to the restored profile
     * @param unmergedBy the principal name of who undid it
     */
    public record Unmerged(
            UUID mergeId,
            UUID survivorId,
            UUID restoredId,
            List<String> restoredIdentities,
            String unmergedBy,
            String reason,
            OffsetDateTime unmergedAt) {
        public static final String TYPE = "io.advocacy.advocate.unmerged.v1";
    }
}
