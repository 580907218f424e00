package io.advocacy.interaction.session.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Stored sessions. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<GroupSession, UUID> {

    /** The session, its row locked for the transaction, so seats are given out one change at a time; or null. */
    public Uni<GroupSession> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
