package io.advocacy.interaction.cadence.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored cadences, by advocate id. */
@ApplicationScoped
public class CadenceRepository implements PanacheRepositoryBase<AdvocateCadence, UUID> {

    /** Any number that no other advisory lock in the service database uses. */
    private static final long PLANNING_LOCK = 7_162_534_101L;

    /**
     * Takes the transaction-scoped advisory lock under which check-ins are planned, so two planning runs at once take
     * turns and the second sees the first's check-ins instead of colliding with them; call first in the transaction.
     */
    public Uni<Void> lockPlanning() {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1))")
                        .setParameter(1, PLANNING_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
