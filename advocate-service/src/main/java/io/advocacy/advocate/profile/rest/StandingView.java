package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import java.time.OffsetDateTime;

/**
 * Why a person stands where they do on the continuum.
 *
 * @param mentionCount all their mentions, ever ({@code evidence} holds those in the window)
 * @param averageSentiment the mean sentiment of all their mentions, ever
 * @param evidence what the category is computed from: the evidence in their window
 * @param explanation the evidence, the rule it meets and what keeps them from the next step, in words
 * @param lastChange the move that put them here, with its evidence; null if they never moved
 */
public record StandingView(
        Category category,
        FourA fourA,
        int mentionCount,
        int positiveMentions,
        int negativeMentions,
        double averageSentiment,
        Evidence evidence,
        String explanation,
        CategoryChangeView lastChange) {

    /**
     * The evidence in the person's window, which runs back from their newest evidence ({@code windowTo}).
     *
     * @param mentions mentions in the window (frequency)
     * @param activeWeeks distinct weeks with a mention (consistency)
     * @param engagedWeeks distinct weeks with a mention or an attended interaction
     * @param reach the largest audience one of the mentions reached
     * @param attended interactions attended
     * @param missed interactions they did not turn up to
     */
    public record Evidence(
            OffsetDateTime windowFrom,
            OffsetDateTime windowTo,
            int mentions,
            double averageSentiment,
            int positiveMentions,
            int negativeMentions,
            int activeWeeks,
            int engagedWeeks,
            long reach,
            int attended,
            int missed) {}
}
