package io.advocacy.interaction.session.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A session as the API shows it.
 *
 * @param invited how many hold a seat
 * @param waitlisted how many wait for one
 * @param deferred how many were passed over because they had been asked too often lately
 * @param participants everyone added, in the order they were added
 */
public record SessionView(
        UUID id,
        String format,
        String topic,
        String programme,
        String manager,
        OffsetDateTime startsAt,
        int durationMinutes,
        int capacity,
        int invited,
        int waitlisted,
        int deferred,
        List<Participant> participants) {

    /**
     * One person's place in the session.
     *
     * @param status {@code invited}, {@code waitlisted}, {@code declined} or {@code deferred}
     * @param position the order they were added in, from 1; the waitlist is promoted lowest first
     * @param interactionId their invitation, once they held a seat
     * @param deferredReason for {@code deferred}: why they were not invited when a seat was theirs (their ask budget)
     * @param deferredUntil for {@code deferred}: when their budget allows an invitation again
     */
    public record Participant(
            UUID advocateId,
            String status,
            int position,
            UUID interactionId,
            String deferredReason,
            OffsetDateTime deferredUntil) {}
}
