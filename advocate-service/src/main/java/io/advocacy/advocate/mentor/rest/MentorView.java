package io.advocacy.advocate.mentor.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A newcomer's mentor, as the API shows it.
 *
 * @param status {@code paired}, {@code waiting} (no mentor had room yet) or {@code none}
 * @param mentorId the mentor while paired
 * @param since when they were paired, or since when they wait
 * @param assignedBy {@code matching} or the manager who paired them
 */
public record MentorView(
        UUID advocateId,
        String status,
        UUID mentorId,
        Boolean languageMatch,
        Boolean regionMatch,
        OffsetDateTime since,
        String assignedBy) {

    public static final String PAIRED = "paired";
    public static final String WAITING = "waiting";
    public static final String NONE = "none";
}
