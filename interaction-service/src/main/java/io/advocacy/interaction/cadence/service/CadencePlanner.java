package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.AdvocateCadence;
import io.advocacy.interaction.cadence.repository.CadenceRepository;
import io.advocacy.interaction.cadence.rest.PlanView;
import io.advocacy.interaction.preference.repository.AdvocatePreference;
import io.advocacy.interaction.preference.repository.AvailabilityRepository;
import io.advocacy.interaction.preference.repository.PreferenceRepository;
import io.advocacy.interaction.preference.rest.PreferencesRequest;
import io.advocacy.interaction.preference.service.PreferenceMapper;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.schedule.service.InteractionScheduler;
import io.advocacy.interaction.schedule.service.ManagerAssignment;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Turns cadences into check-ins: for every advocate with a cadence who has not paused contact, each occurrence of
 * their rule in the period, in their time zone, moved into their availability, becomes a check-in for their manager,
 * unless one was already planned for that occurrence. Running it again plans nothing new.
 */
@ApplicationScoped
public class CadencePlanner {

    /** The longest period one run plans. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final CadenceRepository cadences;
    private final PreferenceRepository preferences;
    private final AvailabilityRepository windows;
    private final InteractionRepository interactions;
    private final InteractionScheduler scheduler;
    private final ManagerAssignment managers;
    private final RecurrenceRules rules;

    public CadencePlanner(
            CadenceRepository cadences,
            PreferenceRepository preferences,
            AvailabilityRepository windows,
            InteractionRepository interactions,
            InteractionScheduler scheduler,
            ManagerAssignment managers,
            RecurrenceRules rules) {
        this.cadences = cadences;
        this.preferences = preferences;
        this.windows = windows;
        this.interactions = interactions;
        this.scheduler = scheduler;
        this.managers = managers;
        this.rules = rules;
    }

    /**
     * Plans the check-ins due from {@code from} to {@code until}.
     *
     * @throws ProblemException 400 naming {@code until} when it is not after {@code from} or more than a year later
     */
    @WithTransaction
    public Uni<PlanView> plan(OffsetDateTime from, OffsetDateTime until) {
        if (!until.isAfter(from) || Duration.between(from, until).compareTo(LONGEST_PERIOD) > 0) {
            String message = "must be after from (" + from + ") and at most 366 days later";
            return Uni.createFrom()
                    .failure(new ProblemException(
                            400,
                            "Invalid request",
                            "until " + message,
                            List.of(new Problem.Violation("until", message))));
        }
        return cadences.lockPlanning()
                .chain(() -> cadences.listAll())
                .chain(all -> Multi.createFrom()
                        .iterable(all)
                        .onItem()
                        .transformToUniAndConcatenate(cadence -> planOne(cadence, from, until))
                        .collect()
                        .asList()
                        .map(counts -> summary(from, until, counts)))
                .invoke(summary -> Log.debugf(
                        "Planned %d check-ins for %d advocates (%d paused) until %s",
                        summary.planned(), summary.advocates(), summary.paused(), until));
    }

    /** How many check-ins were planned for one advocate; -1 when they paused contact. */
    private Uni<Integer> planOne(AdvocateCadence cadence, OffsetDateTime from, OffsetDateTime until) {
        return preferences.findById(cadence.advocateId).chain(preference -> {
            if (preference != null && preference.paused) {
                Log.debugf("%s paused contact: no check-ins planned", cadence.advocateId);
                return Uni.createFrom().item(-1);
            }
            return windows.of(cadence.advocateId)
                    .map(found -> found.stream().map(PreferenceMapper::toWindow).toList())
                    .chain(available -> managerOf(cadence)
                            .chain(manager -> schedule(cadence, preference, available, manager, from, until)));
        });
    }

    private Uni<Integer> schedule(
            AdvocateCadence cadence,
            AdvocatePreference preference,
            List<PreferencesRequest.Window> available,
            String manager,
            OffsetDateTime from,
            OffsetDateTime until) {
        ZoneId zone = preference == null ? ZoneOffset.UTC : ZoneId.of(preference.timeZone);
        ZonedDateTime seed = ZonedDateTime.of(cadence.startsOn, cadence.localTime, zone);
        Duration length = Duration.ofMinutes(cadence.durationMinutes);
        List<ZonedDateTime> occurrences =
                rules.occurrences(cadence.rrule, seed, from.atZoneSameInstant(zone), until.atZoneSameInstant(zone));
        return Multi.createFrom()
                .iterable(occurrences)
                .onItem()
                .transformToUniAndConcatenate(occurrence -> scheduler.scheduleCheckIn(
                        cadence.advocateId,
                        manager,
                        AvailabilityFit.fit(occurrence, length, available).toOffsetDateTime(),
                        cadence.durationMinutes,
                        occurrence.toLocalDate(),
                        "check-in: " + cadence.rrule))
                .collect()
                .asList()
                .map(created ->
                        (int) created.stream().filter(Boolean::booleanValue).count());
    }

    /** The manager the cadence names, else the one of the advocate's latest interaction, else a configured one. */
    private Uni<String> managerOf(AdvocateCadence cadence) {
        if (cadence.manager != null) {
            return Uni.createFrom().item(cadence.manager);
        }
        return interactions
                .latestManagerOf(cadence.advocateId)
                .map(latest -> managers.managerOf(cadence.advocateId, latest));
    }

    private static PlanView summary(OffsetDateTime from, OffsetDateTime until, List<Integer> counts) {
        int paused = (int) counts.stream().filter(count -> count < 0).count();
        int planned = counts.stream()
                .filter(count -> count > 0)
                .mapToInt(Integer::intValue)
                .sum();
        return new PlanView(from, until, counts.size() - paused, paused, planned);
    }
}
