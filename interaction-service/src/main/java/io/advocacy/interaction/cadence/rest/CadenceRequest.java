package io.advocacy.interaction.cadence.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How often to check in with an advocate.
 *
 * @param rrule an RFC 5545 recurrence rule, such as {@code FREQ=MONTHLY;BYDAY=1TU}; daily at most
 * @param startsOn the first day the rule counts from, in the advocate's time zone; today when absent
 * @param time the local time of day of each check-in; 10:00 when absent
 * @param durationMinutes how long each check-in lasts, 5 to 480; 30 when absent
 * @param manager the username of the manager who is to do them; the advocate's usual manager when absent
 */
public record CadenceRequest(
        @NotBlank @Size(max = 500) String rrule,
        LocalDate startsOn,
        LocalTime time,
        @Min(5) @Max(480) Integer durationMinutes,
        @Size(max = 100) String manager) {}
