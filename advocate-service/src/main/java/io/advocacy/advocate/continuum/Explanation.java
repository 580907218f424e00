package io.advocacy.advocate.continuum;

import java.util.Locale;

/** Says in words why the evidence places a person where they are on the continuum. */
public final class Explanation {

    private Explanation() {}

    /**
     * A sentence naming the evidence and the rule it meets.
     *
     * @param mean the mean compound sentiment of their mentions
     */
    public static String of(Category category, double mean, int mentions, int positive, int negative) {
        String evidence = String.format(
                Locale.ROOT,
                "mean sentiment %.2f over %d mention%s (%d positive, %d negative)",
                mean,
                mentions,
                mentions == 1 ? "" : "s",
                positive,
                negative);
        String rule =
                switch (category) {
                    case STRONG_ADVOCATE ->
                        "a strong advocate has a mean of at least 0.60 over " + Continuum.STRONG_EVIDENCE
                                + " or more mentions";
                    case SOCIAL_ADVOCATE ->
                        "a social advocate has a mean of at least 0.30 (strong needs 0.60 over "
                                + Continuum.STRONG_EVIDENCE + " or more mentions)";
                    case CASUAL_ADVOCATE -> "a casual advocate has a mean from 0.05 up to 0.30";
                    case NEUTRAL -> "neutral is a mean between -0.05 and 0.05";
                    case CASUAL_DETRACTOR -> "a casual detractor has a mean from -0.05 down to -0.30";
                    case SOCIAL_DETRACTOR ->
                        "a social detractor has a mean of -0.30 or lower (strong needs -0.60 over "
                                + Continuum.STRONG_EVIDENCE + " or more mentions)";
                    case STRONG_DETRACTOR ->
                        "a strong detractor has a mean of -0.60 or lower over " + Continuum.STRONG_EVIDENCE
                                + " or more mentions";
                };
        return evidence + "; " + rule + "; a placed person moves only once the mean is " + Continuum.HYSTERESIS
                + " past a boundary.";
    }
}
