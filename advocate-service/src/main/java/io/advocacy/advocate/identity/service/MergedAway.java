package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.platform.problem.ProblemException;

/**
 * Refuses a change to a profile that was merged into another: the change belongs on the surviving profile, and made
 * on the absorbed one it would be hidden there while the two are merged.
 */
public final class MergedAway {

    private MergedAway() {}

    /**
     * Throws a 409 naming the surviving profile when the profile was merged away.
     *
     * @param change what the caller wanted to do, in words, for example {@code "record consent"}
     */
    public static void refuse(Advocate advocate, String change) {
        if (advocate.mergedInto != null) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "advocate " + advocate.id + " was merged into " + advocate.mergedInto + "; " + change + " on "
                            + advocate.mergedInto + " instead");
        }
    }
}
