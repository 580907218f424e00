package io.advocacy.recognition.credential.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The hashed identities credentials name their recipients by. */
@ApplicationScoped
public class RecipientIdentityRepository implements PanacheRepositoryBase<RecipientIdentity, UUID> {

    /** Stores the identity, replacing the person's earlier one. */
    public Uni<Void> upsert(RecipientIdentity identity) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into recipient_identity
                                    (advocate_id, identity_type, identity_hash, salt, updated_at)
                                values (?1, ?2, ?3, ?4, ?5)
                                on conflict (advocate_id) do update set
                                    identity_type = excluded.identity_type,
                                    identity_hash = excluded.identity_hash,
                                    salt = excluded.salt,
                                    updated_at = excluded.updated_at
                                """)
                        .setParameter(1, identity.advocateId)
                        .setParameter(2, identity.identityType)
                        .setParameter(3, identity.identityHash)
                        .setParameter(4, identity.salt)
                        .setParameter(5, identity.updatedAt)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Removes the person's identity; how many were removed. */
    public Uni<Long> deleteOf(UUID advocateId) {
        return delete("advocateId", advocateId);
    }
}
