package io.advocacy.advocate.mentor.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The mentoring events advocate-service publishes on {@code advocacy.advocates}, keyed by the newcomer's id. */
public final class MentorEvents {

    private MentorEvents() {}

    /**
     * Data of {@code io.advocacy.advocate.mentor-assigned.v1}: a newcomer was given a mentor.
     *
     * @param advocateId the newcomer
     * @param mentorId the veteran who mentors them (interaction-service reads this name)
     * @param assignedBy {@code matching} when the service paired them, else the manager's principal name
     */
    public record MentorAssigned(
            UUID advocateId,
            UUID mentorId,
            UUID mentoringId,
            String language,
            String region,
            boolean languageMatch,
            boolean regionMatch,
            String assignedBy,
            OffsetDateTime assignedAt) {
        public static final String TYPE = "io.advocacy.advocate.mentor-assigned.v1";
    }

    /**
     * Data of {@code io.advocacy.advocate.mentoring-ended.v1}: a pairing ended.
     *
     * @param advocateId the newcomer
     * @param reason {@code settled}, {@code mentor-left}, {@code mentee-left}, {@code reassigned} or
     *     {@code ended-by-manager}
     */
    public record MentoringEnded(
            UUID advocateId,
            UUID mentorId,
            UUID mentoringId,
            String reason,
            String endedBy,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt) {
        public static final String TYPE = "io.advocacy.advocate.mentoring-ended.v1";
    }
}
