package io.advocacy.interaction.schedule.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A scheduled interaction as the API shows it.
 *
 * @param kind {@code thank-you}, {@code care-outreach} or {@code check-in}
 * @param status {@code scheduled} until its outcome is recorded, then {@code completed} or {@code missed}
 * @param manager the username of the manager who is to do it
 * @param dueAt when it is due
 * @param reason why it was scheduled
 * @param triggerMentionId the mention that led to it, or null when none is known
 * @param sessionId for an invitation to a session, the session
 * @param deferredReason why it is not where its trigger put it: moved past a manager's full week, or deferred
 * @param deferredUntil for a deferred interaction, from when it becomes possible
 * @param mentorId the person's mentor, who takes part too (a welcome)
 * @param triggeredAt when its trigger happened (a mention's publication, a stage change)
 */
public record InteractionView(
        UUID id,
        UUID advocateId,
        String kind,
        String status,
        String manager,
        OffsetDateTime dueAt,
        String reason,
        UUID triggerMentionId,
        OffsetDateTime createdAt,
        UUID sessionId,
        String deferredReason,
        OffsetDateTime deferredUntil,
        UUID mentorId,
        OffsetDateTime triggeredAt) {}
