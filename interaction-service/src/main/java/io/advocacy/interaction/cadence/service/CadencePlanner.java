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
import io.advocacy.interaction.schedule.service.ManagerLoad;
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
    private final ManagerLoad load;

    public CadencePlanner(
            CadenceRepository cadences,
            PreferenceRepository preferences,
            AvailabilityRepository windows,
            InteractionRepository interactions,
            InteractionScheduler scheduler,
            ManagerAssignment managers,
            RecurrenceRules rules,
            ManagerLoad load) {
        this.cadences = cadences;
        this.preferences = preferences;
        this.windows = windows;
        this.interactions = interactions;
        this.scheduler = scheduler;
        this.managers = managers;
        this.rules = rules;
        this.load = load;
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
        ManagerLoad.Week week = load.tracker();
        return cadences.lockPlanning()
                .chain(() -> cadences.listAll())
                .chain(all -> Multi.createFrom()
                        .iterable(all)
                        .onItem()
                        .transformToUniAndConcatenate(cadence -> planOne(cadence, from, until, week))
                        .collect()
                        .asList()
                        .map(counts -> summary(from, until, counts)))
                .invoke(summary -> Log.debugf(
                        "Planned %d check-ins for %d advocates (%d paused) until %s",
                        summary.planned(), summary.advocates(), summary.paused(), until));
    }

    /** What was planned for one advocate. */
    private Uni<Outcome> planOne(
            AdvocateCadence cadence, OffsetDateTime from, OffsetDateTime until, ManagerLoad.Week week) {
        return preferences.findById(cadence.advocateId).chain(preference -> {
            if (preference != null && preference.paused) {
                Log.debugf("%s paused contact: no check-ins planned", cadence.advocateId);
                return Uni.createFrom().item(Outcome.PAUSED);
            }
            return windows.of(cadence.advocateId)
                    .map(found -> found.stream().map(PreferenceMapper::toWindow).toList())
                    .chain(available -> managerOf(cadence)
                            .chain(manager -> schedule(cadence, preference, available, manager, from, until, week)));
        });
    }

    private Uni<Outcome> schedule(
            AdvocateCadence cadence,
            AdvocatePreference preference,
            List<PreferencesRequest.Window> available,
            String manager,
            OffsetDateTime from,
            OffsetDateTime until,
            ManagerLoad.Week week) {
        ZoneId zone = preference == null ? ZoneOffset.UTC : ZoneId.of(preference.timeZone);
        ZonedDateTime seed = ZonedDateTime.of(cadence.startsOn, cadence.localTime, zone);
        Duration length = Duration.ofMinutes(cadence.durationMinutes);
        List<ZonedDateTime> occurrences =
                rules.occurrences(cadence.rrule, seed, from.atZoneSameInstant(zone), until.atZoneSameInstant(zone));
        return Multi.createFrom()
                .iterable(occurrences)
                .onItem()
                .transformToUniAndConcatenate(occurrence -> {
                    OffsetDateTime due =
                            AvailabilityFit.fit(occurrence, length, available).toOffsetDateTime();
                    return scheduler
                            .scheduleCheckIn(
                                    cadence.advocateId,
                                    manager,
                                    due,
                                    cadence.durationMinutes,
                                    occurrence.toLocalDate(),
                                    "check-in: " + cadence.rrule,
                                    week)
                            .map(result -> result.unplacedReason() == null
                                    ? new Outcome(false, result.planned() ? 1 : 0, List.of())
                                    : new Outcome(
                                            false,
                                            0,
                                            List.of(new PlanView.Unplaced(
                                                    cadence.advocateId,
                                                    occurrence.toLocalDate(),
                                                    due.withOffsetSameInstant(ZoneOffset.UTC),
                                                    manager,
                                                    result.unplacedReason()))));
                })
                .collect()
                .asList()
                .map(Outcome::sum);
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

    private static PlanView summary(OffsetDateTime from, OffsetDateTime until, List<Outcome> outcomes) {
        int paused = (int) outcomes.stream().filter(Outcome::paused).count();
        int planned = outcomes.stream().mapToInt(Outcome::planned).sum();
        List<PlanView.Unplaced> unplaced = outcomes.stream()
                .flatMap(outcome -> outcome.unplaced().stream())
                .toList();
        return new PlanView(from, until, outcomes.size() - paused, paused, planned, unplaced);
    }

    /**
     * What was planned for one advocate, or for one of their occurrences.
     *
     * @param paused true when they paused contact
     * @param planned how many new check-ins were scheduled
     * @param unplaced the occurrences that could not be, with why
     */
    private record Outcome(boolean paused, int planned, List<PlanView.Unplaced> unplaced) {
        static final Outcome PAUSED = new Outcome(true, 0, List.of());

        static Outcome sum(List<Outcome> outcomes) {
            return new Outcome(
                    false,
                    outcomes.stream().mapToInt(Outcome::planned).sum(),
                    outcomes.stream()
                            .flatMap(outcome -> outcome.unplaced().stream())
                            .toList());
        }
    }
}
