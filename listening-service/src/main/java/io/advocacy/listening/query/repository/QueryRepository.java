package io.advocacy.listening.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stored listening queries. */
@ApplicationScoped
public class QueryRepository implements PanacheRepositoryBase<ListeningQuery, UUID> {

    public Uni<ListeningQuery> findByName(String programme, String name) {
        return find("programme = ?1 and name = ?2", programme, name).firstResult();
    }

    public Uni<List<ListeningQuery>> page(String programme, int page, int size) {
        Sort sort = Sort.ascending("programme", "name");
        var query = programme == null ? findAll(sort) : find("programme", sort, programme);
        return query.page(page, size).list();
    }

    public Uni<Long> count(String programme) {
        return programme == null ? count() : count("programme", programme);
    }

    public Uni<List<ListeningQuery>> active() {
        return list("active", true);
    }
}
