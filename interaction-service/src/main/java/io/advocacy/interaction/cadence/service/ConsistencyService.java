package io.advocacy.interaction.cadence.service;

import io.advocacy.interaction.cadence.rest.ConsistencyView;
import io.advocacy.interaction.cadence.rest.ManagerConsistencyView;
import io.advocacy.interaction.kpi.service.ResponseTimes;
import io.advocacy.interaction.outcome.repository.InteractionOutcome;
import io.advocacy.interaction.outcome.repository.OutcomeRepository;
import io.advocacy.interaction.preference.repository.PreferenceRepository;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How consistently an advocate's check-ins are kept: kept when completed on or before the day they were due in the
 * advocate's time zone, late when completed after it, missed when declined or not turned up to.
 */
@ApplicationScoped
public class ConsistencyService {

    private final InteractionRepository interactions;
    private final OutcomeRepository outcomes;
    private final PreferenceRepository preferences;
    private final ResponseTimes responseTimes;

    public ConsistencyService(
            InteractionRepository interactions,
            OutcomeRepository outcomes,
            PreferenceRepository preferences,
            ResponseTimes responseTimes) {
        this.interactions = interactions;
        this.outcomes = outcomes;
        this.preferences = preferences;
        this.responseTimes = responseTimes;
    }

    /** How consistently a manager keeps their interactions, with their thank-yous' response times. */
    @WithSession
    public Uni<ManagerConsistencyView> ofManager(String manager) {
        return interactions.consistencyOf(manager).chain(counts -> responseTimes
                .ofInSession(Interaction.THANK_YOU, manager)
                .map(times -> {
                    int kept = (int) counts[0];
                    int late = (int) counts[1];
                    int missed = (int) counts[2];
                    int ended = kept + late + missed;
                    return new ManagerConsistencyView(
                            manager,
                            kept,
                            late,
                            missed,
                            (int) counts[3],
                            (int) counts[4],
                            ended == 0 ? null : (double) kept / ended,
                            times);
                }));
    }

    @WithSession
    public Uni<ConsistencyView> of(UUID advocateId) {
        return preferences
                .findById(advocateId)
                .map(preference -> preference == null ? (ZoneId) ZoneOffset.UTC : ZoneId.of(preference.timeZone))
                .chain(zone -> interactions.checkInsOf(advocateId).chain(checkIns -> outcomes.of(
                                checkIns.stream().map(i -> i.id).toList())
                        .map(found -> count(advocateId, zone, checkIns, found))));
    }

    private static ConsistencyView count(
            UUID advocateId, ZoneId zone, List<Interaction> checkIns, List<InteractionOutcome> found) {
        Map<UUID, InteractionOutcome> byInteraction =
                found.stream().collect(Collectors.toMap(o -> o.interactionId, Function.identity()));
        int kept = 0;
        int late = 0;
        int missed = 0;
        int upcoming = 0;
        for (Interaction checkIn : checkIns) {
            InteractionOutcome outcome = byInteraction.get(checkIn.id);
            if (outcome == null) {
                upcoming++;
            } else if (!outcome.attended()) {
                missed++;
            } else if (outcome.recordedAt
                    .atZoneSameInstant(zone)
                    .toLocalDate()
                    .isAfter(checkIn.dueAt.atZoneSameInstant(zone).toLocalDate())) {
                late++;
            } else {
                kept++;
            }
        }
        int ended = kept + late + missed;
        Double score = ended == 0 ? null : (double) kept / ended;
        return new ConsistencyView(advocateId, kept, late, missed, upcoming, score);
    }
}
