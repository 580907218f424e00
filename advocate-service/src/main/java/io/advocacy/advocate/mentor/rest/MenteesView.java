package io.advocacy.advocate.mentor.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The newcomers one veteran mentors now.
 *
 * @param limit how many they may mentor at once ({@code advocacy.mentors.max-mentees})
 * @param mentees oldest pairing first
 */
public record MenteesView(UUID mentorId, int limit, List<Mentee> mentees) {

    /** One newcomer and their pairing. */
    public record Mentee(
            UUID advocateId, boolean languageMatch, boolean regionMatch, OffsetDateTime since, String assignedBy) {}
}
