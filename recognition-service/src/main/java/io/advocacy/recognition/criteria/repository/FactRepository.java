package io.advocacy.recognition.criteria.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The per-person fact log. */
@ApplicationScoped
public class FactRepository implements PanacheRepositoryBase<Fact, Long> {

    /** The first key of a person's recognition lock; any number no other advisory lock of the service uses. */
    private static final int RECOGNITION_LOCK = 84_120_517;

    /**
     * Takes a transaction-scoped advisory lock on the person's recognition: facts, awards and levels of one person are
     * decided one transaction at a time, so two events crossing a threshold at once see each other's facts.
     */
    public Uni<Void> lock(UUID advocateId) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1, hashtext(?2)))")
                        .setParameter(1, RECOGNITION_LOCK)
                        .setParameter(2, advocateId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Stores the fact unless the person already has one of its kind and reference; true when it was stored. */
    public Uni<Boolean> insertIfAbsent(Fact fact) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into advocate_fact
                                    (advocate_id, kind, occurred_at, ref, from_category, to_category)
                                values (?1, ?2, ?3, ?4, ?5, ?6)
                                on conflict (advocate_id, kind, ref) do nothing
                                """)
                        .setParameter(1, fact.advocateId)
                        .setParameter(2, fact.kind)
                        .setParameter(3, fact.occurredAt)
                        .setParameter(4, fact.ref)
                        .setParameter(5, fact.fromCategory)
                        .setParameter(6, fact.toCategory)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** The person's facts, oldest first. */
    public Uni<List<Fact>> history(UUID advocateId) {
        return list("advocateId", Sort.by("occurredAt").and("id"), advocateId);
    }

    /** One page of the person's facts, oldest first. */
    public Uni<List<Fact>> page(UUID advocateId, int page, int size) {
        return find("advocateId", Sort.by("occurredAt").and("id"), advocateId)
                .page(page, size)
                .list();
    }

    public Uni<Long> count(UUID advocateId) {
        return count("advocateId", advocateId);
    }

    /** Everyone with at least one fact. */
    public Uni<List<UUID>> advocates() {
        return getSession()
                .chain(session -> session.createSelectionQuery("select distinct f.advocateId from Fact f", UUID.class)
                        .getResultList());
    }
}
