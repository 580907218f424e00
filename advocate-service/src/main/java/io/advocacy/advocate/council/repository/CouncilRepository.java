package io.advocacy.advocate.council.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Councils. */
@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

    /**
     * One council locked for update until the transaction ends, or null: every decision about its seats (offer,
     * acceptance, rotation) is taken under it, one after the other; call within a transaction.
     */
    public Uni<Council> lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Council>> page(int page, int size) {
        return findAll(Sort.ascending("name").and("id")).page(page, size).list();
    }
}
