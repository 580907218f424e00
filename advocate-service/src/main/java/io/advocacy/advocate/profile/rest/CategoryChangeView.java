package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.Trigger;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A move on the continuum and why.
 *
 * @param from the category before, null when the person was just discovered
 */
public record CategoryChangeView(Category from, Category to, OffsetDateTime changedAt, Evidence evidence) {

    /**
     * The evidence the move was computed from: the person's window (from {@code windowFrom} to their newest evidence,
     * {@code windowTo}) and what set the move off.
     *
     * @param mentionId the mention that set it off, null otherwise
     * @param mentionCount mentions in the window
     * @param trigger {@code mention}, {@code interaction}, {@code merge} or {@code unmerge}
     * @param activeWeeks distinct weeks with a mention
     * @param engagedWeeks distinct weeks with a mention or an attended interaction
     * @param reach the largest audience a mention in the window reached
     */
    public record Evidence(
            UUID mentionId,
            int mentionCount,
            double averageSentiment,
            Trigger trigger,
            UUID interactionId,
            OffsetDateTime windowFrom,
            OffsetDateTime windowTo,
            int positiveMentions,
            int negativeMentions,
            int activeWeeks,
            int engagedWeeks,
            long reach,
            int attended,
            int missed) {}
}
