package io.advocacy.advocate.continuum;

import java.time.OffsetDateTime;

/**
 * What a person has said and done within the evidence window: the window runs back from their newest piece of evidence,
 * so a backfill of old mentions is judged on its own time and a test's fixed dates never expire.
 *
 * @param from the start of the window, null when there is no evidence
 * @param to the newest piece of evidence, null when there is none
 * @param mentions how many mentions fall in the window (frequency)
 * @param sentimentSum the sum of their compound sentiments
 * @param positive mentions scoring at least {@link Continuum#POSITIVE}
 * @param negative mentions scoring at most minus {@link Continuum#POSITIVE}
 * @param activeWeeks distinct calendar weeks (ISO, UTC) with a mention (consistency)
 * @param engagedWeeks distinct weeks with a mention or an attended interaction
 * @param reach the largest audience any of the mentions reached (the author's followers then)
 * @param attended interactions attended
 * @param missed interactions not turned up to (a decline is not counted: saying no is not unreliable)
 */
public record Evidence(
        OffsetDateTime from,
        OffsetDateTime to,
        int mentions,
        double sentimentSum,
        int positive,
        int negative,
        int activeWeeks,
        int engagedWeeks,
        long reach,
        int attended,
        int missed) {

    public static final Evidence NONE = new Evidence(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The mean compound sentiment of the mentions, 0 without any. */
    public double mean() {
        return mentions == 0 ? 0 : sentimentSum / mentions;
    }
}
