package io.advocacy.interaction.schedule.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code io.advocacy.interaction.rescheduled.v1} and {@code io.advocacy.interaction.cancelled.v1} on {@code
 * advocacy.interactions}, keyed by the advocate id: a planned interaction moved, or will not take place.
 *
 * @param status {@code scheduled} after a move, {@code cancelled} after a cancellation
 * @param sequence its iCalendar SEQUENCE after the change
 * @param reason why it was cancelled, or null
 */
public record InteractionChanged(
        UUID interactionId,
        UUID advocateId,
        String kind,
        String manager,
        OffsetDateTime dueAt,
        int durationMinutes,
        String status,
        int sequence,
        String reason) {

    /** The type of a move to another time. */
    public static final String RESCHEDULED = "io.advocacy.interaction.rescheduled.v1";

    /** The type of a cancellation. */
    public static final String CANCELLED = "io.advocacy.interaction.cancelled.v1";
}
