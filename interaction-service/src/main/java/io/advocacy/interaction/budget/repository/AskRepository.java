package io.advocacy.interaction.budget.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Stored asks. */
@ApplicationScoped
public class AskRepository implements PanacheRepositoryBase<AdvocateAsk, UUID> {

    /** The first key of a person's ask lock; any number no other advisory lock of the service uses. */
    private static final int ASK_LOCK = 71_625_344;

    /** Takes the transaction-scoped advisory lock on a person's asks, so two asks at once are counted in turn. */
    public Uni<Void> lock(UUID advocateId) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1, hashtext(?2)))")
                        .setParameter(1, ASK_LOCK)
                        .setParameter(2, advocateId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The person's asks after {@code since}, oldest first. */
    public Uni<List<AdvocateAsk>> since(UUID advocateId, OffsetDateTime since) {
        return list("advocateId = ?1 and askedAt > ?2", Sort.ascending("askedAt"), advocateId, since);
    }
}
