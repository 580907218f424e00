package io.advocacy.advocate.profile.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Stored advocate profiles. */
@ApplicationScoped
public class AdvocateRepository implements PanacheRepositoryBase<Advocate, UUID> {

    /**
     * The person behind an author key, locked for update until the transaction ends, so a mention, a move through the
     * lifecycle and a change of manager apply to the same person one after the other; call within a transaction.
     */
    public Uni<Advocate> lockByAuthorKey(String authorKey) {
        return find("authorKey", authorKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** One person locked for update until the transaction ends, or null; call within a transaction. */
    public Uni<Advocate> lockById(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Advocate>> page(ProfileFilter filter, int page, int size) {
        return find(where(filter), Sort.descending("lastMentionAt").and("id"), parameters(filter))
                .page(page, size)
                .list();
    }

    public Uni<Long> count(ProfileFilter filter) {
        return count(where(filter), parameters(filter));
    }

    private static String where(ProfileFilter filter) {
        List<String> conditions = new java.util.ArrayList<>();
        if (filter.category() != null) {
            conditions.add("category = :category");
        }
        if (filter.stage() != null) {
            conditions.add("stage = :stage");
        }
        if (filter.authorKey() != null) {
            conditions.add("authorKey = :authorKey");
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    private static Parameters parameters(ProfileFilter filter) {
        Parameters parameters = new Parameters();
        if (filter.category() != null) {
            parameters.and("category", filter.category());
        }
        if (filter.stage() != null) {
            parameters.and("stage", filter.stage());
        }
        if (filter.authorKey() != null) {
            parameters.and("authorKey", filter.authorKey());
        }
        return parameters;
    }
}
