package io.advocacy.interaction.merge;

import io.advocacy.interaction.budget.repository.AdvocateAsk;
import io.advocacy.interaction.budget.repository.AskRepository;
import io.advocacy.interaction.budget.service.AskBudget;
import io.advocacy.interaction.schedule.messaging.InteractionChanged;
import io.advocacy.interaction.schedule.repository.Interaction;
import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.advocacy.interaction.schedule.service.InteractionService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Treats a merged-away profile's data as the survivor's: its preferences and availability and its own cadence are
 * copied to the survivor unless the survivor has their own; its asks count on the survivor; its scheduled and deferred
 * interactions (session invitations aside) become the survivor's, except one the survivor already has (a check-in for
 * the same occurrence, a playbook interaction for the same trigger), which is cancelled. Each moved interaction that
 * asks is counted again on the survivor's budget at the moment it was asked, oldest first, and one over it is deferred
 * (published as cancelled, scheduled again once possible). Runs in the consumer's transaction, under both people's ask
 * locks; a second delivery finds nothing left to move.
 */
@ApplicationScoped
public class Merge {

    static final String DUPLICATE = "the same person's, after a merge";

    private final InteractionRepository interactions;
    private final InteractionService service;
    private final AskRepository asks;
    private final AskBudget budget;

    public Merge(InteractionRepository interactions, InteractionService service, AskRepository asks, AskBudget budget) {
        this.interactions = interactions;
        this.service = service;
        this.asks = asks;
        this.budget = budget;
    }

    public Uni<Void> merge(AdvocateMerged merged) {
        UUID survivor = merged.survivorId();
        UUID absorbed = merged.absorbedId();
        if (survivor.equals(absorbed)) {
            return Uni.createFrom().voidItem();
        }
        Log.infof("Merging the interactions of %s into %s", absorbed, survivor);
        boolean survivorFirst = survivor.toString().compareTo(absorbed.toString()) < 0;
        return asks.lock(survivorFirst ? survivor : absorbed)
                .call(() -> asks.lock(survivorFirst ? absorbed : survivor))
                .call(() -> run(
                        List.of(
                                // Preferences with their windows, and the cadence: copied from the absorbed
                                // profile when the survivor has none (the absorbed profile keeps its own).
                                "with copied as (insert into advocate_preference (advocate_id, preferred_media,"
                                        + " time_zone, language, paused, updated_by, updated_at) select ?1,"
                                        + " preferred_media, time_zone, language, paused, updated_by, updated_at"
                                        + " from advocate_preference where advocate_id = ?2 on conflict do nothing"
                                        + " returning advocate_id)"
                                        + " insert into availability_window (id, advocate_id, day_of_week, starts_at,"
                                        + " ends_at) select gen_random_uuid(), ?1, day_of_week, starts_at, ends_at"
                                        + " from availability_window where advocate_id = ?2"
                                        + " and exists (select 1 from copied)",
                                "insert into advocate_cadence (advocate_id, rrule, starts_on, local_time,"
                                        + " duration_minutes, manager, updated_by, updated_at) select ?1, rrule,"
                                        + " starts_on, local_time, duration_minutes, manager, updated_by, updated_at"
                                        + " from advocate_cadence where advocate_id = ?2 on conflict do nothing",
                                // The person was asked as either profile: every ask counts on the survivor.
                                "update advocate_ask set advocate_id = ?1 where advocate_id = ?2"),
                        survivor,
                        absorbed))
                .chain(() -> interactions.list(
                        "advocateId = ?1 and status in ?2 and sessionId is null",
                        Sort.by("createdAt").and("id"),
                        absorbed,
                        List.of(Interaction.SCHEDULED, Interaction.DEFERRED)))
                // Every status: the unique indexes on check-ins' occurrences and playbooks' triggers count them all.
                .chain(moving -> interactions.list("advocateId", survivor).chain(own -> move(moving, own, survivor)));
    }

    private Uni<Void> move(List<Interaction> moving, List<Interaction> own, UUID survivor) {
        List<String> taken =
                own.stream().map(Merge::identity).filter(Objects::nonNull).toList();
        List<Interaction> duplicates = moving.stream()
                .filter(i -> identity(i) != null && taken.contains(identity(i)))
                .toList();
        List<Interaction> moved =
                moving.stream().filter(i -> !duplicates.contains(i)).toList();
        return each(duplicates, duplicate -> {
                    duplicate.status = Interaction.CANCELLED;
                    duplicate.sequence++;
                    return service.publish(duplicate, InteractionChanged.CANCELLED, DUPLICATE)
                            .replaceWithVoid();
                })
                .chain(() -> each(moved, interaction -> {
                    interaction.advocateId = survivor;
                    interaction.sequence++;
                    return Uni.createFrom().voidItem();
                }))
                .call(interactions::flush)
                .chain(() -> recount(moved, survivor));
    }

    /** Counts each moved scheduled ask again on the survivor, oldest first; defers those over the budget. */
    private Uni<Void> recount(List<Interaction> moved, UUID survivor) {
        Map<UUID, Interaction> scheduled = moved.stream()
                .filter(i -> Interaction.SCHEDULED.equals(i.status))
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        if (scheduled.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return asks.list("interactionId in ?1", Sort.by("askedAt").and("id"), scheduled.keySet())
                .chain(counted -> each(counted, ask -> recountOne(ask, scheduled.get(ask.interactionId), survivor)));
    }

    private Uni<Void> recountOne(AdvocateAsk ask, Interaction interaction, UUID survivor) {
        OffsetDateTime askedAt = ask.askedAt;
        return asks.delete(ask)
                .call(asks::flush)
                .chain(() -> budget.ask(survivor, interaction.kind, interaction.id, askedAt))
                .chain(deferral -> {
                    if (deferral == null) {
                        return Uni.createFrom().voidItem();
                    }
                    interaction.status = Interaction.DEFERRED;
                    interaction.deferredBy = Interaction.BY_ASK_BUDGET;
                    interaction.deferredReason = "merged into " + survivor + ": " + deferral.reason();
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    interaction.deferredUntil = deferral.possibleFrom().isBefore(now) ? now : deferral.possibleFrom();
                    interaction.sequence++;
                    Log.infof("%s %s deferred after a merge: %s", interaction.kind, interaction.id, deferral.reason());
                    return service.publish(interaction, InteractionChanged.CANCELLED, interaction.deferredReason)
                            .replaceWithVoid();
                });
    }

    /** What a person has at most one of: a check-in per occurrence, a playbook interaction per kind and trigger. */
    private static String identity(Interaction interaction) {
        if (interaction.occurrenceOn != null && Interaction.CHECK_IN.equals(interaction.kind)) {
            return "check-in/" + interaction.occurrenceOn;
        }
        return interaction.triggerKey == null ? null : interaction.kind + "/" + interaction.triggerKey;
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<Void>> action) {
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(item -> action.apply(item))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private static Uni<Void> run(List<String> statements, UUID survivor, UUID absorbed) {
        return Multi.createFrom()
                .iterable(statements)
                .onItem()
                .transformToUniAndConcatenate(
                        sql -> Panache.getSession().chain(session -> session.createNativeQuery(sql)
                                .setParameter(1, survivor)
                                .setParameter(2, absorbed)
                                .executeUpdate()))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
