package io.advocacy.listening.mention.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stored mentions. */
@ApplicationScoped
public class MentionRepository implements PanacheRepositoryBase<Mention, UUID> {

    public Uni<List<Mention>> findByNaturalKeys(Collection<String> keys) {
        return list("naturalKey in ?1", keys);
    }

    public Uni<List<Mention>> page(String platform, int page, int size) {
        var sort = Sort.descending("receivedAt").and("id");
        var query = platform == null ? findAll(sort) : find("platform", sort, platform);
        return query.page(page, size).list();
    }

    public Uni<Long> count(String platform) {
        return platform == null ? count() : count("platform", platform);
    }
}
