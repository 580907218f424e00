package io.advocacy.listening.author.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Authors and their reach. */
@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, String> {

    public Uni<List<Author>> findByKeys(Collection<String> keys) {
        return list("authorKey in ?1", keys);
    }

    /** The authors with the most reach, optionally on one platform. */
    public Uni<List<Author>> top(String platform, int page, int size) {
        Sort sort = Sort.descending("reach", "followers").and("authorKey");
        var query = platform == null ? findAll(sort) : find("platform", sort, platform);
        return query.page(page, size).list();
    }

    public Uni<Long> count(String platform) {
        return platform == null ? count() : count("platform", platform);
    }
}
