package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.continuum.Category;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A move on the continuum and why.
 *
 * @param from the category before, null when the person was just discovered
 */
public record CategoryChangeView(Category from, Category to, OffsetDateTime changedAt, Evidence evidence) {

    /** The evidence the move was computed from. */
    public record Evidence(UUID mentionId, int mentionCount, double averageSentiment) {}
}
