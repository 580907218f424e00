package io.advocacy.interaction.cadence.repository;

import io.advocacy.interaction.schedule.repository.InteractionRepository;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored cadences, by advocate id. */
@ApplicationScoped
public class CadenceRepository implements PanacheRepositoryBase<AdvocateCadence, UUID> {

    /** The first key of an advocate's cadence lock; any number no other advisory lock of the service uses. */
    private static final int CADENCE_LOCK = 71_625_342;

    /**
     * Takes a transaction-scoped advisory lock on the advocate's cadence, which works before their row exists: two
     * first writes at once take turns, and the second updates the row the first inserted.
     */
    public Uni<Void> lock(UUID advocateId) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1, hashtext(?2)))")
                        .setParameter(1, CADENCE_LOCK)
                        .setParameter(2, advocateId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Takes the transaction-scoped advisory lock under which check-ins are planned, so two planning runs at once take
     * turns and the second sees the first's check-ins instead of colliding with them; call first in the transaction.
     * It is {@link InteractionRepository#MANY_MANAGERS_LOCK}: the scheduling of deferred interactions takes turns with
     * planning too.
     */
    public Uni<Void> lockPlanning() {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1))")
                        .setParameter(1, InteractionRepository.MANY_MANAGERS_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
