package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.repository.CadenceRepository;
import io.advocacy.interaction.cadence.rest.PlanView;
import io.advocacy.interaction.preference.repository.AdvocatePreference;
import io.advocacy.interaction.preference.repository.AvailabilityRepository;
import io.advocacy.interaction.preference.repository.AvailabilityWindow;
import io.advocacy.interaction.preference.repository.PreferenceRepository;
import io.advocacy.interaction.preference.rest.PreferencesRequest;
import io.advocacy.interaction.preference.service.PreferenceMapper;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.schedule.service.InteractionScheduler;
import io.advocacy.interaction.schedule.service.ManagerAssignment;
import io.advocacy.interaction.schedule.service.ManagerLoad;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;

/**
 * Turns cadences into check-ins: for every advocate with a cadence (their own, else their segment's or stage's rule:
 * {@link EffectiveCadences}) who has not paused contact, each occurrence of
 * their rule in the period, in their time zone, moved into their availability, becomes a check-in for their manager,
 * unless one was already planned for that occurrence. Running it again plans nothing new. What it needs to know is
 * read in a few queries up front, so a run's cost grows with the check-ins it writes, not with lookups per person.
 */
@ApplicationScoped
public class CadencePlanner {

    /** The longest period one run plans. */
    static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final CadenceRepository cadences;
    private final EffectiveCadences effective;
    private final PreferenceRepository preferences;
    private final AvailabilityRepository windows;
    private final InteractionRepository interactions;
    private final InteractionScheduler scheduler;
    private final ManagerAssignment managers;
    private final RecurrenceRules rules;
    private final ManagerLoad load;

    public CadencePlanner(
            CadenceRepository cadences,
            EffectiveCadences effective,
            PreferenceRepository preferences,
            AvailabilityRepository windows,
            InteractionRepository interactions,
            InteractionScheduler scheduler,
            ManagerAssignment managers,
            RecurrenceRules rules,
            ManagerLoad load) {
        this.cadences = cadences;
        this.effective = effective;
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
                // Thousands of check-ins are written in this transaction: flushing them before each query of a
                // manager's load would make a run quadratic. The run's own placements are counted by its tracker,
                // which reads a manager's week before placing anything in it, so flushing at commit is enough.
                // What is read (cadences, preferences, windows) is never changed here: loaded read-only, it costs
                // nothing at the flush.
                .call(() -> Panache.getSession().invoke(session -> session.setFlushMode(FlushMode.COMMIT)
                        .setDefaultReadOnly(true)))
                .chain(effective::all)
                .chain(all -> known(from, until).chain(known -> Multi.createFrom()
                        .iterable(all)
                        .onItem()
                        .transformToUniAndConcatenate(cadence -> planOne(cadence, known, from, until, week))
                        .collect()
                        .asList()
                        .map(counts -> summary(from, until, counts))))
                .invoke(summary -> Log.debugf(
                        "Planned %d check-ins for %d advocates (%d paused) until %s",
                        summary.planned(), summary.advocates(), summary.paused(), until));
    }

    /**
     * Everything planning needs to know besides the cadences, read at once rather than per advocate: preferences,
     * availability, the managers of people's latest interactions, and the check-ins already planned in the period.
     */
    private Uni<Known> known(OffsetDateTime from, OffsetDateTime until) {
        return preferences.listAll().chain(all -> windows.listAll()
                .chain(allWindows -> interactions.latestManagers().chain(latest -> interactions
                        .checkInsBetween(
                                from.toLocalDate().minusDays(1),
                                until.toLocalDate().plusDays(1))
                        .map(existing -> new Known(
                                all.stream().collect(Collectors.toMap(p -> p.advocateId, Function.identity())),
                                allWindows.stream()
                                        .collect(Collectors.groupingBy(
                                                (AvailabilityWindow w) -> w.advocateId,
                                                Collectors.mapping(PreferenceMapper::toWindow, Collectors.toList()))),
                                latest,
                                existing)))));
    }

    /** What was planned for one advocate. */
    private Uni<Outcome> planOne(
            EffectiveCadence cadence, Known known, OffsetDateTime from, OffsetDateTime until, ManagerLoad.Week week) {
        AdvocatePreference preference = known.preferences().get(cadence.advocateId());
        if (preference != null && preference.paused) {
            Log.debugf("%s paused contact: no check-ins planned", cadence.advocateId());
            return Uni.createFrom().item(Outcome.PAUSED);
        }
        List<PreferencesRequest.Window> available = known.windows().getOrDefault(cadence.advocateId(), List.of());
        String manager = cadence.manager() != null
                ? cadence.manager()
                : managers.managerOf(
                        cadence.advocateId(), known.latestManagers().get(cadence.advocateId()));
        return schedule(cadence, preference, available, manager, known, from, until, week);
    }

    private Uni<Outcome> schedule(
            EffectiveCadence cadence,
            AdvocatePreference preference,
            List<PreferencesRequest.Window> available,
            String manager,
            Known known,
            OffsetDateTime from,
            OffsetDateTime until,
            ManagerLoad.Week week) {
        ZoneId zone = preference == null ? ZoneOffset.UTC : ZoneId.of(preference.timeZone);
        ZonedDateTime seed = ZonedDateTime.of(cadence.startsOn(), cadence.localTime(), zone);
        Duration length = Duration.ofMinutes(cadence.durationMinutes());
        List<ZonedDateTime> occurrences =
                rules.occurrences(cadence.rrule(), seed, from.atZoneSameInstant(zone), until.atZoneSameInstant(zone));
        return Multi.createFrom()
                .iterable(occurrences)
                .filter(occurrence -> !known.checkIns()
                        .contains(InteractionRepository.checkInKey(cadence.advocateId(), occurrence.toLocalDate())))
                .onItem()
                .transformToUniAndConcatenate(occurrence -> {
                    OffsetDateTime due =
                            AvailabilityFit.fit(occurrence, length, available).toOffsetDateTime();
                    return scheduler
                            .scheduleCheckIn(
                                    cadence.advocateId(),
                                    manager,
                                    due,
                                    cadence.durationMinutes(),
                                    occurrence.toLocalDate(),
                                    "check-in: " + cadence.rrule(),
                                    week)
                            .map(result -> result.unplacedReason() == null
                                    ? new Outcome(false, result.planned() ? 1 : 0, List.of())
                                    : new Outcome(
                                            false,
                                            0,
                                            List.of(new PlanView.Unplaced(
                                                    cadence.advocateId(),
                                                    occurrence.toLocalDate(),
                                                    due.withOffsetSameInstant(ZoneOffset.UTC),
                                                    manager,
                                                    result.unplacedReason()))));
                })
                .collect()
                .asList()
                .map(Outcome::sum);
    }

    /**
     * What planning knows besides the cadences.
     *
     * @param latestManagers the manager of each person's latest interaction
     * @param checkIns the check-ins already planned around the period, as {@link InteractionRepository#checkInKey}
     */
    private record Known(
            Map<UUID, AdvocatePreference> preferences,
            Map<UUID, List<PreferencesRequest.Window>> windows,
            Map<UUID, String> latestManagers,
            Set<String> checkIns) {}

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
