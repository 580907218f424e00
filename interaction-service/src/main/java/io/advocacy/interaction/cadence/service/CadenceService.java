package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.AdvocateCadence;
import io.advocacy.interaction.cadence.repository.CadenceRepository;
import io.advocacy.interaction.cadence.rest.CadenceRequest;
import io.advocacy.interaction.cadence.rest.CadenceView;
import io.advocacy.interaction.preference.repository.PreferenceRepository;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reads and writes an advocate's cadence; a rule ical4j cannot read is refused before anything is stored. */
@ApplicationScoped
public class CadenceService {

    private final CadenceRepository cadences;
    private final PreferenceRepository preferences;
    private final RecurrenceRules rules;
    private final EffectiveCadences effective;

    public CadenceService(
            CadenceRepository cadences,
            PreferenceRepository preferences,
            RecurrenceRules rules,
            EffectiveCadences effective) {
        this.cadences = cadences;
        this.preferences = preferences;
        this.rules = rules;
        this.effective = effective;
    }

    /**
     * The cadence that applies to the advocate (their own, else their segment's or stage's rule) and where it comes
     * from; 404 when none does.
     */
    @WithSession
    public Uni<CadenceView> find(UUID advocateId) {
        return effective
                .of(advocateId)
                .plug(ProblemException.orNotFound("Cadence of advocate", advocateId))
                .map(CadenceMapper::toView);
    }

    /** Replaces the advocate's cadence; check-ins already planned stay as they are. */
    @WithTransaction
    public Uni<CadenceView> replace(UUID advocateId, CadenceRequest request, String updatedBy) {
        rules.parse(request.rrule());
        return preferences
                .findById(advocateId)
                .map(preference -> preference == null ? ZoneOffset.UTC : ZoneId.of(preference.timeZone))
                .call(() -> cadences.lock(advocateId))
                .chain(zone -> cadences.findById(advocateId).chain(existing -> {
                    AdvocateCadence cadence = existing == null ? new AdvocateCadence() : existing;
                    cadence.advocateId = advocateId;
                    CadenceMapper.apply(cadence, request, LocalDate.now(zone));
                    cadence.updatedBy = updatedBy;
                    cadence.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
                    return existing == null
                            ? cadences.persist(cadence)
                            : Uni.createFrom().item(cadence);
                }))
                .invoke(cadence -> Log.debugf("Cadence of %s is now %s", advocateId, cadence.rrule))
                .map(CadenceMapper::toView);
    }
}
