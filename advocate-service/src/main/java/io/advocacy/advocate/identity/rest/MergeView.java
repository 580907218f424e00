package io.advocacy.advocate.identity.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A merge as the API shows it, undone or not.
 *
 * @param trigger {@code manual} or {@code link}
 * @param movedIdentities the author keys and emails that came from the absorbed profile
 * @param unmergedBy who undid it, null while it is in force
 */
public record MergeView(
        UUID id,
        UUID survivorId,
        UUID absorbedId,
        String trigger,
        String reason,
        String mergedBy,
        OffsetDateTime mergedAt,
        List<String> movedIdentities,
        String unmergedBy,
        OffsetDateTime unmergedAt,
        String unmergeReason) {}
