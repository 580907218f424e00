package io.advocacy.recognition.credential.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Credentials issued for awards. */
@ApplicationScoped
public class IssuedCredentialRepository implements PanacheRepositoryBase<IssuedCredential, UUID> {

    /** Stores the credential unless the award already has one; true when it was stored. */
    public Uni<Boolean> insertIfAbsent(IssuedCredential credential) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into issued_credential (award_id, kid, jwt, issued_at)
                                values (?1, ?2, ?3, ?4)
                                on conflict (award_id) do nothing
                                """)
                        .setParameter(1, credential.awardId)
                        .setParameter(2, credential.kid)
                        .setParameter(3, credential.jwt)
                        .setParameter(4, credential.issuedAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /**
     * Removes the stored credentials of a person's awards, which carry their hashed email; how many were removed. An
     * award whose credential is requested again is signed afresh from what the service still holds.
     */
    public Uni<Integer> deleteOfAdvocate(UUID advocateId) {
        return getSession().chain(session -> session.createNativeQuery("""
                                delete from issued_credential
                                where award_id in (select id from award where advocate_id = ?1)
                                """)
                .setParameter(1, advocateId)
                .executeUpdate());
    }
}
