package io.advocacy.interaction.playbook.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;

/**
 * One configured playbook: which event, under which condition, schedules which interaction, due how soon.
 *
 * @param name unique among the playbooks
 * @param trigger the event type and the condition on its data
 * @param kind the interaction's kind
 * @param dueWithin how long after the event it is due (ISO 8601, such as {@code PT24H})
 * @param ask true when it asks something of the person, so it counts against their ask budget
 * @param reason the interaction's reason; {@code {path}} is replaced by the event's value there, {@code {a|b}} by the
 *     first present
 * @param mentionId the path of the mention that triggered it, if any
 * @param occurredAt the path of when the trigger happened (a date-time), for response times; the event's time when
 *     absent or missing
 * @param key the path whose value tells triggers apart: one interaction per person, kind and value; once per person
 *     and kind when absent
 * @param withMentor true when the person's mentor, once known, takes part
 * @param durationMinutes how long it is planned to last, 5 to 480; 30 when absent
 * @param enabled false to switch it off without removing it
 */
public record PlaybookDefinition(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String name,

        @NotNull @Valid Trigger trigger,

        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String kind,

        @NotNull Duration dueWithin,
        boolean ask,
        @NotBlank String reason,
        String mentionId,
        String occurredAt,
        String key,
        boolean withMentor,
        @Min(5) @Max(480) Integer durationMinutes,
        Boolean enabled) {

    /** The kinds interaction-service gives other interactions; a playbook may not take them. */
    static final List<String> RESERVED_KINDS = List.of("check-in", "group-call", "roundtable", "webcast");

    @JsonIgnore
    @AssertTrue(message = "dueWithin must be positive")
    public boolean isDueWithinPositive() {
        return dueWithin == null || !dueWithin.isNegative() && !dueWithin.isZero();
    }

    @JsonIgnore
    @AssertTrue(message = "kind must not be check-in, group-call, roundtable or webcast")
    public boolean isKindFree() {
        return kind == null || !RESERVED_KINDS.contains(kind);
    }

    /** True unless switched off. */
    public boolean isOn() {
        return enabled == null || enabled;
    }

    /**
     * What sets a playbook off.
     *
     * @param event a CloudEvents type on {@code advocacy.advocates}, such as {@code io.advocacy.advocate.updated.v1}
     * @param when the condition on the event's data (see {@link Condition}); always when absent
     */
    public record Trigger(
            @NotBlank
            @Pattern(
                    regexp = "io\\.advocacy\\.advocate\\.[a-z-]+\\.v\\d+",
                    message = "must be an advocate event type such as io.advocacy.advocate.updated.v1")
            String event,

            String when) {}

    /**
     * The file's shape.
     *
     * @param playbooks every playbook
     */
    public record File(@NotNull List<@NotNull @Valid PlaybookDefinition> playbooks) {}
}
