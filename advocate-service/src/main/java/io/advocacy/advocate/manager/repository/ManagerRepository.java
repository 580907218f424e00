package io.advocacy.advocate.manager.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Managers, active and departed. */
@ApplicationScoped
public class ManagerRepository implements PanacheRepositoryBase<Manager, UUID> {

    /** Any number that no other advisory lock in the service database uses. */
    private static final long ASSIGNMENT_LOCK = 7_162_534_002L;

    /**
     * Takes the transaction-scoped advisory lock under which every assignment is decided: a newcomer's, a hand-over
     * when a manager leaves, a shed when a capacity drops, a new manager. Decisions therefore run one after the other
     * and each counts the loads the previous one committed, so concurrent assignments never exceed a capacity; call
     * within a transaction, before reading loads.
     */
    public Uni<Void> lockAssignments() {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1))")
                        .setParameter(1, ASSIGNMENT_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The managers who have not left, by username. */
    public Uni<List<Manager>> active() {
        return list("leftAt is null", Sort.ascending("username"));
    }

    public Uni<List<Manager>> pageActive(int page, int size) {
        return find("leftAt is null", Sort.ascending("username").and("id"))
                .page(page, size)
                .list();
    }

    public Uni<Long> countActive() {
        return count("leftAt is null");
    }

    public Uni<Manager> findActiveByUsername(String username) {
        return find("username = ?1 and leftAt is null", username).firstResult();
    }
}
