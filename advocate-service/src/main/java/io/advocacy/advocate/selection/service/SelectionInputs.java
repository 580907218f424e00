package io.advocacy.advocate.selection.service;

/**
 * What the six attributes are computed from, all held by this service.
 *
 * @param mentions every mention counted on the profile (over all its identities)
 * @param positiveMentions mentions at or above the positive threshold
 * @param negativeMentions mentions at or below the negative threshold
 * @param averageSentiment the mean sentiment of all mentions, -1 to 1, 0 before the first
 * @param followers the audience: the sum of the followers of the profile's handles
 * @param platforms the distinct platforms the profile holds a handle on
 * @param identities the identities the profile holds (handles and verified emails)
 * @param menteesSettled newcomers this person mentored until they settled
 * @param councilTerms council seats held, current and past
 * @param daysKnown days since the person was discovered
 * @param daysOnAdvocateSide days spent in an advocate category since then
 * @param daysActive days spent at the {@code active} stage
 * @param daysSinceLastMention days since the latest mention, null before the first
 */
public record SelectionInputs(
        long mentions,
        long positiveMentions,
        long negativeMentions,
        double averageSentiment,
        long followers,
        long platforms,
        long identities,
        long menteesSettled,
        long councilTerms,
        double daysKnown,
        double daysOnAdvocateSide,
        double daysActive,
        Double daysSinceLastMention) {

    /** Someone this service knows nothing about. */
    public static final SelectionInputs NONE = new SelectionInputs(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
}
