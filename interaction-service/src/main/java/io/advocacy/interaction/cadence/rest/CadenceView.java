package io.advocacy.interaction.cadence.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The cadence that applies to an advocate as the API shows it; the fields are those of {@link CadenceRequest},
 * defaults applied.
 *
 * @param source where it comes from: {@code person} (their own), {@code segment:<id>} or {@code stage:<stage>} (the
 *     programme's rule)
 * @param manager the manager named for the check-ins, or null for the advocate's usual manager
 */
public record CadenceView(
        UUID advocateId,
        String source,
        String rrule,
        LocalDate startsOn,
        LocalTime time,
        int durationMinutes,
        String manager,
        String updatedBy,
        OffsetDateTime updatedAt) {}
