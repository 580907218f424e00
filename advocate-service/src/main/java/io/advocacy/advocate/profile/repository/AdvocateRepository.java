package io.advocacy.advocate.profile.repository;

import io.advocacy.advocate.continuum.Category;
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

    public Uni<List<Advocate>> page(Category category, Stage stage, int page, int size) {
        return find(filter(category, stage), Sort.descending("lastMentionAt").and("id"), parameters(category, stage))
                .page(page, size)
                .list();
    }

    public Uni<Long> count(Category category, Stage stage) {
        return count(filter(category, stage), parameters(category, stage));
    }

    private static String filter(Category category, Stage stage) {
        List<String> conditions = new java.util.ArrayList<>();
        if (category != null) {
            conditions.add("category = :category");
        }
        if (stage != null) {
            conditions.add("stage = :stage");
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    private static Parameters parameters(Category category, Stage stage) {
        Parameters parameters = new Parameters();
        if (category != null) {
            parameters.and("category", category);
        }
        if (stage != null) {
            parameters.and("stage", stage);
        }
        return parameters;
    }
}
