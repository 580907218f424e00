package io.advocacy.interaction.schedule.service;

import io.advocacy.interaction.budget.repository.AskRepository;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.schedule.rest.ActivationView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Schedules deferred interactions once they are possible: every one whose {@code deferredUntil} has come is tried
 * again against the person's ask budget and its manager's weekly limit, the longest possible first. A run holds the
 * lock planning holds, then the ask locks of everyone it tries (in the order of their ids) before any manager's lock,
 * so runs at once take turns and the second finds nothing left to do.
 */
@ApplicationScoped
public class DeferredInteractions {

    private final InteractionRepository interactions;
    private final AskRepository asks;
    private final InteractionScheduler scheduler;
    private final ManagerLoad load;

    public DeferredInteractions(
            InteractionRepository interactions, AskRepository asks, InteractionScheduler scheduler, ManagerLoad load) {
        this.interactions = interactions;
        this.asks = asks;
        this.scheduler = scheduler;
        this.load = load;
    }

    /** Schedules the deferred interactions possible at {@code at} (now when null) and says what became of them. */
    @WithTransaction
    public Uni<ActivationView> activate(OffsetDateTime at) {
        OffsetDateTime moment = (at == null
                        ? OffsetDateTime.now(ZoneOffset.UTC)
                        : at.withOffsetSameInstant(ZoneOffset.UTC))
                .truncatedTo(ChronoUnit.MICROS);
        ManagerLoad.Week week = load.tracker();
        List<UUID> scheduled = new ArrayList<>();
        List<UUID> stillDeferred = new ArrayList<>();
        return interactions
                .lockManyManagers()
                .chain(() -> interactions.deferredPossibleAt(moment))
                .call(possible -> lockPeople(possible))
                .chain(possible -> Multi.createFrom()
                        .iterable(possible)
                        .onItem()
                        .transformToUniAndConcatenate(deferred -> scheduler
                                .activate(deferred, moment, week)
                                .invoke(done -> (done ? scheduled : stillDeferred).add(deferred.id)))
                        .collect()
                        .last())
                .map(ignored -> new ActivationView(moment, List.copyOf(scheduled), List.copyOf(stillDeferred)))
                .invoke(view -> {
                    if (!scheduled.isEmpty() || !stillDeferred.isEmpty()) {
                        Log.infof(
                                "Deferred interactions possible at %s: %d scheduled, %d still deferred",
                                moment, scheduled.size(), stillDeferred.size());
                    }
                });
    }

    private Uni<Void> lockPeople(List<Interaction> possible) {
        TreeSet<UUID> people = new TreeSet<>();
        possible.forEach(deferred -> people.add(deferred.advocateId));
        return Multi.createFrom()
                .iterable(people)
                .onItem()
                .transformToUniAndConcatenate(asks::lock)
                .collect()
                .last()
                .replaceWithVoid();
    }
}
