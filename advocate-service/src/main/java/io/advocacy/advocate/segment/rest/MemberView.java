package io.advocacy.advocate.segment.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.continuum.FourA;
import io.advocacy.advocate.profile.repository.Stage;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person in a segment: enough of the profile to act on, and since when they are in it.
 *
 * @param joinedAt when they joined the segment
 */
public record MemberView(
        UUID advocateId,
        String authorKey,
        String displayName,
        Stage stage,
        Category category,
        FourA fourA,
        long followers,
        int mentionCount,
        double averageSentiment,
        OffsetDateTime lastMentionAt,
        String manager,
        OffsetDateTime joinedAt) {}
