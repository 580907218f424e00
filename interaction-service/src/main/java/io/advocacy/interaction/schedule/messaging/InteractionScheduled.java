package io.advocacy.interaction.schedule.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.interaction.scheduled.v1} on {@code advocacy.interactions}, keyed by the advocate id: a
 * touchpoint was planned.
 *
 * @param kind {@code thank-you}, {@code care-outreach}, {@code check-in}, or a session's format
 * @param manager the username of the manager who is to do it
 * @param triggerMentionId the mention that led to it, or null when none is known
 * @param deferredReason why it is due later than its trigger asked (its manager's week was full), or null
 * @param mentorId the person's mentor, who takes part too (a welcome), or null
 * @param sessionId for an invitation to a group call, roundtable or webcast, the session; else null
 */
public record InteractionScheduled(
        UUID interactionId,
        UUID advocateId,
        String kind,
        String manager,
        OffsetDateTime dueAt,
        String reason,
        UUID triggerMentionId,
        UUID sessionId,
        String deferredReason,
        UUID mentorId) {

    /** The event's CloudEvents type. */
    public static final String TYPE = "io.advocacy.interaction.scheduled.v1";

    /** The topic interaction events go to. */
    public static final String TOPIC = "advocacy.interactions";
}
