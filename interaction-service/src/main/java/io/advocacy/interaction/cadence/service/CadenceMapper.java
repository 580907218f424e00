package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.AdvocateCadence;
import io.advocacy.interaction.cadence.rest.CadenceRequest;
import io.advocacy.interaction.cadence.rest.CadenceView;
import java.time.LocalDate;
import java.time.LocalTime;

/** Maps cadences between the wire and the database, defaults applied, in one place. */
public final class CadenceMapper {

    static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    static final int DEFAULT_DURATION_MINUTES = 30;

    private CadenceMapper() {}

    static void apply(AdvocateCadence cadence, CadenceRequest request, LocalDate today) {
        cadence.rrule = request.rrule().strip();
        cadence.startsOn = request.startsOn() == null ? today : request.startsOn();
        cadence.localTime = request.time() == null ? DEFAULT_TIME : request.time();
        cadence.durationMinutes =
                request.durationMinutes() == null ? DEFAULT_DURATION_MINUTES : request.durationMinutes();
        cadence.manager = request.manager() == null || request.manager().isBlank()
                ? null
                : request.manager().strip();
    }

    static CadenceView toView(AdvocateCadence cadence) {
        return toView(EffectiveCadence.of(cadence));
    }

    static CadenceView toView(EffectiveCadence cadence) {
        return new CadenceView(
                cadence.advocateId(),
                cadence.source(),
                cadence.rrule(),
                cadence.startsOn(),
                cadence.localTime(),
                cadence.durationMinutes(),
                cadence.manager(),
                cadence.updatedBy(),
                cadence.updatedAt());
    }
}
