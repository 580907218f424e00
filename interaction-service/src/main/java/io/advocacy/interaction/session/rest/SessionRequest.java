package io.advocacy.interaction.session.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A session to host.
 *
 * @param format {@code group-call}, {@code roundtable} or {@code webcast}
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts, 5 to 480
 * @param manager the username of the manager who hosts it
 * @param capacity how many to seat, at most the format's capacity in the programme; that capacity when absent
 * @param topic what it is about
 * @param programme the programme whose capacities apply; the defaults when absent
 */
public record SessionRequest(
        @NotNull
        @Pattern(regexp = "group-call|roundtable|webcast", message = "must be group-call, roundtable or webcast")
        String format,

        @NotNull OffsetDateTime startsAt,
        @NotNull @Min(5) @Max(480) Integer durationMinutes,
        @NotBlank @Size(max = 100) String manager,
        @Min(1) Integer capacity,
        @NotBlank @Size(max = 200) String topic,
        @Size(max = 100) String programme) {}
