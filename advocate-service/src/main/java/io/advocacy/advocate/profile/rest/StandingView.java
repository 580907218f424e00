package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;

/**
 * Why a person stands where they do on the continuum.
 *
 * @param explanation the evidence and the rule it meets, in words
 * @param lastChange the move that put them here, with its evidence; null if they never moved
 */
public record StandingView(
        Category category,
        FourA fourA,
        int mentionCount,
        int positiveMentions,
        int negativeMentions,
        double averageSentiment,
        String explanation,
        CategoryChangeView lastChange) {}
