package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import io.advocacy.advocate.profile.repository.Stage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person's profile as the API shows it.
 *
 * @param manager the username of the manager who looks after them, or null while nobody does
 * @param averageSentiment the mean compound sentiment of their mentions
 * @param badges the badges they were awarded, oldest first
 * @param email the person's email, null when unknown
 * @param emailVerified true when a manager verified the email
 * @param mergedInto the profile this one was merged into (read that one instead), or null while it stands on its own
 */
public record AdvocateView(
        UUID id,
        String authorKey,
        String platform,
        String handle,
        String displayName,
        long followers,
        Stage stage,
        String manager,
        Category category,
        FourA fourA,
        int mentionCount,
        int positiveMentions,
        int negativeMentions,
        double averageSentiment,
        OffsetDateTime discoveredAt,
        OffsetDateTime lastMentionAt,
        List<Badge> badges,
        String email,
        boolean emailVerified,
        UUID mergedInto) {

    /** A badge on the profile. */
    public record Badge(UUID awardId, String code, String name, OffsetDateTime awardedAt) {}
}
