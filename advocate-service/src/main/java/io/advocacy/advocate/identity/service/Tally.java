package io.advocacy.advocate.identity.service;

import io.advocacy.advocate.identity.repository.AdvocateIdentity;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes a profile from the identities it holds: its counts are the sum of theirs, its email the newest verified
 * one. A merge or an unmerge moves identities and then tallies both profiles again.
 */
final class Tally {

    private Tally() {}

    /** Sets the profile's counts to the sum of its identities' counts. */
    static void counts(Advocate advocate, List<AdvocateIdentity> identities) {
        advocate.mentionCount =
                identities.stream().mapToInt(i -> i.mentionCount).sum();
        advocate.positiveMentions =
                identities.stream().mapToInt(i -> i.positiveMentions).sum();
        advocate.negativeMentions =
                identities.stream().mapToInt(i -> i.negativeMentions).sum();
        advocate.sentimentSum =
                identities.stream().mapToDouble(i -> i.sentimentSum).sum();
        advocate.lastMentionAt = identities.stream()
                .map(i -> i.lastMentionAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * Sets the profile's email to its newest verified email identity; without one it keeps an unverified email it
     * had, or takes {@code fallback} (the other profile's unverified email, on a merge).
     */
    static void email(Advocate advocate, List<AdvocateIdentity> identities, String fallback) {
        var verified = identities.stream()
                .filter(i -> i.kind == AdvocateIdentity.Kind.EMAIL)
                .max(Comparator.comparing((AdvocateIdentity i) -> i.addedAt).thenComparing(i -> i.id));
        if (verified.isPresent()) {
            advocate.email = verified.get().email;
            advocate.emailVerified = true;
        } else {
            if (advocate.emailVerified || advocate.email == null) {
                advocate.email = fallback;
            }
            advocate.emailVerified = false;
        }
    }

    /**
     * How far along the relationship a stage is, for a merge, which keeps the further one: an active relationship
     * outranks an alumnus, who outranks anyone not yet active.
     */
    static int rank(Stage stage) {
        switch (stage) {
            case DISCOVERED:
                return 0;
            case INVITED:
                return 1;
            case ONBOARDED:
                return 2;
            case ALUMNI:
                return 3;
            case ACTIVE:
                return 4;
            default:
                throw new IllegalArgumentException("unknown stage " + stage);
        }
    }
}
