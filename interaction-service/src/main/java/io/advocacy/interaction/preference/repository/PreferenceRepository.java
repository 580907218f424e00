package io.advocacy.interaction.preference.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Stored preferences, by advocate id. */
@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<AdvocatePreference, UUID> {

    /** The first key of the advocate's preference lock; any number no other advisory lock of the service uses. */
    private static final int PREFERENCE_LOCK = 71_625_341;

    /**
     * Takes a transaction-scoped advisory lock on the advocate's preferences, which works before their row exists: two
     * first writes at once take turns, and the second updates the row the first inserted.
     */
    public Uni<Void> lock(UUID advocateId) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(pg_advisory_xact_lock(?1, hashtext(?2)))")
                        .setParameter(1, PREFERENCE_LOCK)
                        .setParameter(2, advocateId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }
}
