package io.advocacy.advocate.segment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Segment definitions. */
@ApplicationScoped
public class SegmentRepository implements PanacheRepositoryBase<Segment, UUID> {

    /** Any number that no other advisory lock in the service database uses. */
    private static final long DEFINITIONS_LOCK = 7_162_534_006L;

    /**
     * Takes the definitions lock alone, for creating, changing or deleting a segment: it waits until every
     * transaction that re-evaluates a profile has committed, so the set-based evaluation sees their changes, and holds
     * the next ones back until the new definition is committed, so they see it. Call within a transaction, first.
     */
    public Uni<Void> lockDefinitions() {
        return advisoryLock("select count(pg_advisory_xact_lock(?1))");
    }

    /**
     * Takes the definitions lock shared, for re-evaluating a profile: re-evaluations run side by side, never while a
     * definition changes. Call within a transaction, before reading the definitions.
     */
    public Uni<Void> lockDefinitionsShared() {
        return advisoryLock("select count(pg_advisory_xact_lock_shared(?1))");
    }

    private Uni<Void> advisoryLock(String sql) {
        return getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter(1, DEFINITIONS_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Every segment, each with whether the person is a member of it now (a count, 0 or 1), in one query: rows of
     * {@link Segment} and {@link Long}.
     */
    public Uni<List<Object[]>> allWithMembershipOf(UUID advocateId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select s, (select count(m) from SegmentMember m where m.segmentId = s.id"
                                + " and m.advocateId = ?1) from Segment s",
                        Object[].class)
                .setParameter(1, advocateId)
                .getResultList());
    }

    public Uni<Segment> findByName(String name) {
        return find("name", name).firstResult();
    }

    public Uni<List<Segment>> page(int page, int size) {
        return findAll(Sort.ascending("name").and("id")).page(page, size).list();
    }

    /** The segments whose membership drifts with time, oldest first. */
    public Uni<List<Segment>> timeDependent() {
        return list("timeDependent", Sort.ascending("createdAt").and("id"), true);
    }
}
