package io.advocacy.advocate.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The identities of every person. */
@ApplicationScoped
public class IdentityRepository implements PanacheRepositoryBase<AdvocateIdentity, UUID> {

    /** The key of the advisory lock that orders identity changes and merges after the mentions counted before them. */
    private static final long IDENTITY_LOCK = 7_305_001L;

    /**
     * Takes the identity lock shared until the transaction ends: a mention holds it while it finds and counts its
     * author, so no merge or link moves that author's identity in between; call within a transaction.
     */
    public Uni<Void> lockShared() {
        return lock("pg_advisory_xact_lock_shared");
    }

    /**
     * Takes the identity lock alone until the transaction ends: links, merges and unmerges take turns, and no mention
     * is counted while one moves identities; call within a transaction.
     */
    public Uni<Void> lockExclusive() {
        return lock("pg_advisory_xact_lock");
    }

    private Uni<Void> lock(String function) {
        return getSession()
                .chain(session -> session.createNativeQuery("select count(" + function + "(?1))")
                        .setParameter(1, IDENTITY_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<AdvocateIdentity> byKey(String identityKey) {
        return find("identityKey", identityKey).firstResult();
    }

    /** Every identity a profile holds, oldest first. */
    public Uni<List<AdvocateIdentity>> ofAdvocate(UUID advocateId) {
        return list("advocateId", Sort.ascending("addedAt").and("id"), advocateId);
    }

    /** Every identity of the profiles that were not merged away, for match suggestions. */
    public Uni<List<AdvocateIdentity>> ofLiveProfiles() {
        return list(
                "advocateId in (select a.id from Advocate a where a.mergedInto is null)",
                Sort.ascending("advocateId").and("addedAt").and("id"));
    }

    /**
     * Drops what identifies a person from the identities their profile holds, keeping the counts, and forgets the
     * handles their mentions named.
     */
    public Uni<Void> anonymise(UUID advocateId) {
        return ofAdvocate(advocateId)
                .invoke(list -> list.forEach(identity -> {
                    identity.identityKey = "anonymised:" + identity.id;
                    identity.handle = identity.kind == AdvocateIdentity.Kind.HANDLE ? "anonymised" : null;
                    identity.email = null;
                    identity.displayName = null;
                    identity.followers = 0;
                }))
                .chain(() -> getSession())
                .chain(session -> session.createNativeQuery("delete from identity_reference where identity_id in"
                                + " (select id from advocate_identity where advocate_id = ?1)")
                        .setParameter(1, advocateId)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
