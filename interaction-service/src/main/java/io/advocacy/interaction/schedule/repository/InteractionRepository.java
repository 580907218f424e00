package io.advocacy.interaction.schedule.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stored interactions. */
@ApplicationScoped
public class InteractionRepository implements PanacheRepositoryBase<Interaction, UUID> {

    /**
     * The lock under which one transaction places interactions for many managers (a planning run, the scheduling of
     * deferred interactions): such runs take turns, so they never wait for each other's managers' locks in opposite
     * orders. Any number no other advisory lock of the service uses.
     */
    public static final long MANY_MANAGERS_LOCK = 7_162_534_101L;

    /** The first key of a manager's load lock; any number no other advisory lock of the service uses. */
    private static final int LOAD_LOCK = 71_625_343;

    /**
     * Takes the transaction-scoped advisory lock on a manager's weekly load, so two schedulers at once take turns and
     * the second counts what the first placed.
     */
    public Uni<Void> lockLoadOf(String manager) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1, hashtext(?2)))")
                        .setParameter(1, LOAD_LOCK)
                        .setParameter(2, manager)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Takes the transaction-scoped {@link #MANY_MANAGERS_LOCK}; call first in the transaction. */
    public Uni<Void> lockManyManagers() {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1))")
                        .setParameter(1, MANY_MANAGERS_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The deferred interactions possible at {@code at}: longest possible first, then oldest. */
    public Uni<List<Interaction>> deferredPossibleAt(OffsetDateTime at) {
        return list(
                "status = ?1 and deferredUntil <= ?2",
                Sort.by("deferredUntil").and("createdAt").and("id"),
                Interaction.DEFERRED,
                at);
    }

    /**
     * The manager's load from {@code start} (inclusive) to {@code end} (exclusive): their interactions due then, but
     * not invitations to sessions nor deferred or cancelled ones, plus the sessions they host starting then, each
     * once.
     */
    public Uni<Long> loadOf(String manager, OffsetDateTime start, OffsetDateTime end) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select (select count(*) from interaction where manager = ?1 and due_at >= ?2"
                                + " and due_at < ?3 and session_id is null"
                                + " and status not in ('deferred', 'cancelled'))"
                                + " + (select count(*) from group_session where manager = ?1"
                                + " and starts_at >= ?2 and starts_at < ?3)",
                        Long.class)
                .setParameter(1, manager)
                .setParameter(2, start)
                .setParameter(3, end)
                .getSingleResult());
    }

    /**
     * A manager's interactions, sessions' invitations left out, counted: kept (completed on or before the UTC day
     * due), late (completed after it), missed, upcoming (scheduled) and deferred.
     */
    public Uni<long[]> consistencyOf(String manager) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) filter (where i.status = 'completed' and cast(o.recorded_at at time zone"
                                        + " 'UTC' as date) <= cast(i.due_at at time zone 'UTC' as date)),"
                                        + " count(*) filter (where i.status = 'completed' and cast(o.recorded_at at"
                                        + " time zone 'UTC' as date) > cast(i.due_at at time zone 'UTC' as date)),"
                                        + " count(*) filter (where i.status = 'missed'),"
                                        + " count(*) filter (where i.status = 'scheduled'),"
                                        + " count(*) filter (where i.status = 'deferred')"
                                        + " from interaction i left join interaction_outcome o on o.interaction_id = i.id"
                                        + " where i.manager = ?1 and i.session_id is null",
                                Object[].class)
                        .setParameter(1, manager)
                        .getSingleResult())
                .map(row -> {
                    long[] counts = new long[row.length];
                    for (int i = 0; i < row.length; i++) {
                        counts[i] = ((Number) row[i]).longValue();
                    }
                    return counts;
                });
    }

    /** True when the person already has an interaction of this kind for this trigger key. */
    public Uni<Boolean> keyExists(UUID advocateId, String kind, String triggerKey) {
        return count("advocateId = ?1 and kind = ?2 and triggerKey = ?3", advocateId, kind, triggerKey)
                .map(count -> count > 0);
    }

    /** The person's scheduled interactions of these kinds. */
    public Uni<List<Interaction>> scheduledOf(UUID advocateId, Collection<String> kinds) {
        return kinds.isEmpty()
                ? Uni.createFrom().item(List.of())
                : list("advocateId = ?1 and kind in ?2 and status = ?3", advocateId, kinds, Interaction.SCHEDULED);
    }

    /** The key of a person's check-in for an occurrence, as {@link #checkInsBetween} answers them. */
    public static String checkInKey(UUID advocateId, LocalDate occurrenceOn) {
        return advocateId + "/" + occurrenceOn;
    }

    /** The check-ins planned for occurrences on these days (inclusive), as {@link #checkInKey}s. */
    public Uni<Set<String>> checkInsBetween(LocalDate first, LocalDate last) {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select cast(advocate_id as text), cast(occurrence_on as text) from interaction"
                                        + " where kind = 'check-in' and occurrence_on between ?1 and ?2",
                                Object[].class)
                        .setParameter(1, first)
                        .setParameter(2, last)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> row[0] + "/" + row[1]).collect(Collectors.toSet()));
    }

    /** The manager of each person's latest interaction. */
    public Uni<Map<UUID, String>> latestManagers() {
        return getSession()
                .chain(session -> session.createNativeQuery(
                                "select distinct on (advocate_id) cast(advocate_id as text), manager from interaction"
                                        + " order by advocate_id, created_at desc, id desc",
                                Object[].class)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, String> managers = new HashMap<>();
                    rows.forEach(row -> managers.put(UUID.fromString((String) row[0]), (String) row[1]));
                    return managers;
                });
    }

    /** The person's check-ins, soonest due first. */
    public Uni<List<Interaction>> checkInsOf(UUID advocateId) {
        return list(
                "advocateId = ?1 and kind = ?2", Sort.ascending("dueAt").and("id"), advocateId, Interaction.CHECK_IN);
    }

    /** The manager of the person's latest interaction, or null when they have none. */
    public Uni<String> latestManagerOf(UUID advocateId) {
        return find("advocateId", Sort.descending("createdAt").and("id"), advocateId)
                .firstResult()
                .map(latest -> latest == null ? null : latest.manager);
    }

    /** One page of the matching interactions, soonest due first. */
    public Uni<List<Interaction>> page(InteractionFilter filter, int page, int size) {
        return matching(filter, Sort.ascending("dueAt").and("id"))
                .page(page, size)
                .list();
    }

    /** How many interactions match. */
    public Uni<Long> count(InteractionFilter filter) {
        Where where = Where.of(filter);
        return where.isEmpty() ? count() : count(where.query(), where.parameters());
    }

    private PanacheQuery<Interaction> matching(InteractionFilter filter, Sort sort) {
        Where where = Where.of(filter);
        return where.isEmpty() ? findAll(sort) : find(where.query(), sort, where.parameters());
    }

    /** The where clause of a filter, with its named parameters. */
    private record Where(String query, Parameters parameters) {

        static Where of(InteractionFilter filter) {
            List<String> conditions = new ArrayList<>();
            Parameters parameters = new Parameters();
            if (filter.advocateId() != null) {
                conditions.add("advocateId = :advocateId");
                parameters.and("advocateId", filter.advocateId());
            }
            if (filter.manager() != null) {
                conditions.add("manager = :manager");
                parameters.and("manager", filter.manager());
            }
            if (filter.status() != null) {
                conditions.add("status = :status");
                parameters.and("status", filter.status());
            }
            return new Where(String.join(" and ", conditions), parameters);
        }

        boolean isEmpty() {
            return query.isEmpty();
        }
    }
}
