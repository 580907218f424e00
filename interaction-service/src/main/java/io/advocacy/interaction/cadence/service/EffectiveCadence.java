package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.AdvocateCadence;
import io.advocacy.interaction.cadence.repository.CadenceRule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The cadence that applies to a person, and where it came from.
 *
 * @param source {@code person} (their own cadence), {@code segment:<id>} or {@code stage:<stage>}
 * @param manager the manager named for the check-ins, or null for the person's usual manager
 */
public record EffectiveCadence(
        UUID advocateId,
        String source,
        String rrule,
        LocalDate startsOn,
        LocalTime localTime,
        int durationMinutes,
        String manager,
        String updatedBy,
        OffsetDateTime updatedAt) {

    /** The source of a person's own cadence. */
    public static final String PERSON = "person";

    static EffectiveCadence of(AdvocateCadence own) {
        return new EffectiveCadence(
                own.advocateId,
                PERSON,
                own.rrule,
                own.startsOn,
                own.localTime,
                own.durationMinutes,
                own.manager,
                own.updatedBy,
                own.updatedAt);
    }

    static EffectiveCadence of(UUID advocateId, CadenceRule rule) {
        return new EffectiveCadence(
                advocateId,
                rule.source(),
                rule.rrule,
                rule.startsOn,
                rule.localTime,
                rule.durationMinutes,
                rule.manager,
                rule.updatedBy,
                rule.updatedAt);
    }
}
