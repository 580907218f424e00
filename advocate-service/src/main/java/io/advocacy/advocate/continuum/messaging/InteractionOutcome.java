package io.advocacy.advocate.continuum.messaging;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What advocate-service reads of {@code interaction.completed.v1} and {@code interaction.missed.v1}.
 *
 * @param attendance {@code attended}, {@code declined} or {@code no-show}
 * @param dueAt when the interaction was to take place: the evidence counts then
 */
public record InteractionOutcome(
        @NotNull UUID interactionId,
        @NotNull UUID advocateId,
        @NotNull String attendance,
        OffsetDateTime dueAt,
        OffsetDateTime recordedAt) {

    public static final String COMPLETED = "io.advocacy.interaction.completed.v1";
    public static final String MISSED = "io.advocacy.interaction.missed.v1";

    /** When it counts: when it was due, else when it was recorded. */
    public OffsetDateTime at() {
        return dueAt != null ? dueAt : recordedAt;
    }
}
