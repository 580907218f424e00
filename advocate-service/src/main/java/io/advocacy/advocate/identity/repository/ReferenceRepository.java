package io.advocacy.advocate.identity.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The handles each identity's mentions referred to, for match suggestions. */
@ApplicationScoped
public class ReferenceRepository {

    /** The most handles kept per identity; later ones are not recorded. */
    public static final int MAX_PER_IDENTITY = 50;

    /**
     * A handle an identity referred to, and a profile that holds an identity with that handle.
     *
     * @param identityId the identity whose mention named the handle
     */
    public record Reference(UUID identityId, String handle) {}

    /** Records that an identity's mention named a handle, unless it did before or has named too many. */
    public Uni<Void> add(UUID identityId, String handle) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into identity_reference (identity_id, handle, first_seen_at)
                                select ?1, ?2, now()
                                where (select count(*) from identity_reference where identity_id = ?1) < ?3
                                on conflict do nothing""")
                        .setParameter(1, identityId)
                        .setParameter(2, handle)
                        .setParameter(3, MAX_PER_IDENTITY)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Every reference, with how many identities named each handle. */
    public Uni<List<Reference>> all() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select identity_id, handle from identity_reference order by identity_id, handle",
                                Object[].class)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Reference((UUID) row[0], (String) row[1]))
                        .toList());
    }
}
