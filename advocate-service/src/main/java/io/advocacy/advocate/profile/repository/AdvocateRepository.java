package io.advocacy.advocate.profile.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stored advocate profiles. */
@ApplicationScoped
public class AdvocateRepository implements PanacheRepositoryBase<Advocate, UUID> {

    public Uni<Advocate> findByAuthorKey(String authorKey) {
        return find("authorKey", authorKey).firstResult();
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
