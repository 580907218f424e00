package io.advocacy.recognition.credential.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** The programmes' signing keys. */
@ApplicationScoped
public class SigningKeyRepository implements PanacheRepositoryBase<SigningKey, String> {

    /** The key that signs from now on, or null when the programme has none yet. */
    public Uni<SigningKey> active(String programme) {
        return find("programme = ?1 and retiredAt is null", programme).firstResult();
    }

    /** Every key of the programme, oldest first. */
    public Uni<List<SigningKey>> all(String programme) {
        return list("programme", Sort.ascending("createdAt").and("kid"), programme);
    }

    /** Stores the key unless the programme already has an active one; true when it was stored. */
    public Uni<Boolean> insertIfNoneActive(SigningKey key) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into signing_key (kid, programme, public_jwk, private_jwk, created_at)
                                values (?1, ?2, ?3, ?4, ?5)
                                on conflict (programme) where retired_at is null do nothing
                                """)
                        .setParameter(1, key.kid)
                        .setParameter(2, key.programme)
                        .setParameter(3, key.publicJwk)
                        .setParameter(4, key.privateJwk)
                        .setParameter(5, key.createdAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Retires the programme's active key; how many were retired. */
    public Uni<Integer> retireActive(String programme, OffsetDateTime at) {
        return update("retiredAt = ?1 where programme = ?2 and retiredAt is null", at, programme);
    }
}
