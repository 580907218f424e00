package io.advocacy.interaction.cadence.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A programme's cadence rule as the API shows it; the fields are those of {@link CadenceRuleRequest}, defaults applied.
 *
 * @param target {@code stage:<stage>} or {@code segment:<id>}, as the {@code source} of a cadence that comes from it
 */
public record CadenceRuleView(
        UUID id,
        String target,
        String stage,
        UUID segmentId,
        String segmentName,
        int priority,
        String rrule,
        LocalDate startsOn,
        LocalTime time,
        int durationMinutes,
        String manager,
        String updatedBy,
        OffsetDateTime updatedAt) {}
