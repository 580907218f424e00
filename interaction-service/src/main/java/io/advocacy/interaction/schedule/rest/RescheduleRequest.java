package io.advocacy.interaction.schedule.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * A new time for a planned interaction.
 *
 * @param dueAt when it is to take place now
 * @param durationMinutes how long, 5 to 480; unchanged when absent
 */
public record RescheduleRequest(
        @NotNull OffsetDateTime dueAt, @Min(5) @Max(480) Integer durationMinutes) {}
