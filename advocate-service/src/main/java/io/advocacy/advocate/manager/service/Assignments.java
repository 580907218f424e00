package io.advocacy.advocate.manager.service;

import io.advocacy.advocate.manager.repository.Manager;
import io.advocacy.advocate.manager.repository.ManagerRepository;
import io.advocacy.advocate.profile.messaging.AdvocateEvents;
import io.advocacy.advocate.profile.repository.Advocate;
import io.advocacy.advocate.profile.repository.AdvocateRepository;
import io.advocacy.advocate.segment.service.SegmentMembership;
import io.advocacy.platform.events.EventPublisher;
import io.advocacy.platform.events.OutgoingEvent;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides who looks after whom: each person goes to the active manager with the most spare capacity (the first
 * username on a tie), or to nobody when everyone is full, and every change is published as
 * {@code advocate.assigned.v1}. Runs inside the caller's transaction, under the assignment lock.
 */
@ApplicationScoped
public class Assignments {

    private final ManagerRepository managers;
    private final AdvocateRepository advocates;
    private final EventPublisher events;
    private final SegmentMembership segments;

    public Assignments(
            ManagerRepository managers,
            AdvocateRepository advocates,
            EventPublisher events,
            SegmentMembership segments) {
        this.managers = managers;
        this.advocates = advocates;
        this.events = events;
        this.segments = segments;
    }

    /** Gives a person who was just discovered to the manager with the most spare capacity, if anyone has room. */
    public Uni<Void> assignNewcomer(Advocate advocate) {
        return managers.lockAssignments().chain(() -> poolWithout(null)).chain(pool -> assign(advocate, pool.take()));
    }

    /** Hands everyone a leaving manager looked after to managers with room; call holding the assignment lock. */
    Uni<Void> handOver(Manager leaving) {
        return advocates.lockAssignedTo(leaving.username).chain(people -> reassign(people, leaving));
    }

    /**
     * Moves the people a manager took on most recently to managers with room until the manager is within their
     * capacity; the longest relationships stay. Call holding the assignment lock.
     */
    Uni<Void> shedSurplus(Manager manager) {
        return advocates
                .countAssignedTo(manager.username)
                .map(load -> load - manager.capacity)
                .chain(surplus -> surplus <= 0
                        ? Uni.createFrom().voidItem()
                        : advocates
                                .lockNewestAssignedTo(manager.username, surplus.intValue())
                                .chain(people -> reassign(people, manager)));
    }

    private Uni<Void> reassign(List<Advocate> people, Manager from) {
        Log.debugf("Reassigning %d people from %s", people.size(), from.username);
        return poolWithout(from.username)
                .chain(pool -> Multi.createFrom()
                        .iterable(people)
                        .onItem()
                        .transformToUniAndConcatenate(advocate -> assign(advocate, pool.take()))
                        .collect()
                        .last())
                .replaceWithVoid();
    }

    private Uni<ManagerPool> poolWithout(String excluded) {
        return managers.active().chain(active -> advocates.loads().map(loads -> pool(active, loads, excluded)));
    }

    private static ManagerPool pool(List<Manager> active, Map<String, Long> loads, String excluded) {
        return new ManagerPool(active.stream()
                .filter(m -> !m.username.equals(excluded))
                .map(m -> ManagerMapper.seat(m, loads.getOrDefault(m.username, 0L)))
                .toList());
    }

    private Uni<Void> assign(Advocate advocate, Optional<String> manager) {
        String previous = advocate.manager;
        String next = manager.orElse(null);
        if (Objects.equals(previous, next)) {
            Log.debugf("Nobody has room for %s", advocate.id);
            return Uni.createFrom().voidItem();
        }
        advocate.manager = next;
        advocate.managerAssignedAt =
                next == null ? null : OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Log.debugf("%s now looked after by %s, before by %s", advocate.id, next, previous);
        return events.publish(new OutgoingEvent(
                        AdvocateEvents.TOPIC,
                        AdvocateEvents.Assigned.TYPE,
                        advocate.id.toString(),
                        ManagerMapper.assigned(advocate, previous)))
                .chain(() -> segments.reevaluate(advocate));
    }
}
