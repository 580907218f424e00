package io.advocacy.interaction.cadence.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A programme's cadence for everyone at a lifecycle stage or in a segment: exactly one of {@code stage} and
 * {@code segmentId}. The other fields are those of {@link CadenceRequest}.
 *
 * @param stage {@code discovered}, {@code invited}, {@code onboarded}, {@code active} or {@code alumni}
 * @param segmentId a segment of advocate-service
 * @param segmentName the segment's name, for people to read; segment rules only
 * @param priority 0 to 1000, default 0: for someone in several segments with a rule, the highest wins; segment rules
 *     only
 */
public record CadenceRuleRequest(
        @Pattern(
                regexp = "discovered|invited|onboarded|active|alumni",
                message = "must be discovered, invited, onboarded, active or alumni")
        String stage,

        UUID segmentId,
        @Size(max = 200) String segmentName,
        @Min(0) @Max(1000) Integer priority,
        @NotBlank @Size(max = 500) String rrule,
        LocalDate startsOn,
        LocalTime time,
        @Min(5) @Max(480) Integer durationMinutes,
        @Size(max = 100) String manager) {}
