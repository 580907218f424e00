package io.advocacy.interaction.outcome.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An interaction's outcome as the API shows it.
 *
 * @param status the interaction's status after it: {@code completed} or {@code missed}
 * @param feedback what the person said, or null
 * @param recordedBy the principal name of who recorded it
 */
public record OutcomeView(
        UUID interactionId,
        String attendance,
        String status,
        OutcomeRequest.Feedback feedback,
        String recordedBy,
        OffsetDateTime recordedAt) {}
