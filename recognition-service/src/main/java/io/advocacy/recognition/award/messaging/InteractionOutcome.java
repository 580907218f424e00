package io.advocacy.recognition.award.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * This service's reading of {@code io.advocacy.interaction.completed.v1} and {@code io.advocacy.interaction.missed.v1}
 * on {@code advocacy.interactions}: the outcome of an interaction.
 *
 * @param dueAt when it was due; orders a person's interactions for streaks
 * @param recordedAt when the outcome was recorded; stands in for {@code dueAt} when that is missing
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InteractionOutcome(
        @NotNull UUID interactionId,
        @NotNull UUID advocateId,
        String attendance,
        OffsetDateTime dueAt,
        OffsetDateTime recordedAt) {

    public static final String COMPLETED = "io.advocacy.interaction.completed.v1";
    public static final String MISSED = "io.advocacy.interaction.missed.v1";
}
