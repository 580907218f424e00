package io.advocacy.listening.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Every version of every query. */
@ApplicationScoped
public class QueryVersionRepository implements PanacheRepositoryBase<QueryVersion, QueryVersion.Key> {

    public Uni<List<QueryVersion>> ofQuery(UUID queryId) {
        return list("queryId", Sort.descending("version"), queryId);
    }

    public Uni<QueryVersion> version(UUID queryId, int version) {
        return find("queryId = ?1 and version = ?2", queryId, version).firstResult();
    }

    /** The current version of every active query. */
    public Uni<List<QueryVersion>> currentOfActive() {
        return list("from QueryVersion v where exists (from ListeningQuery q where q.id = v.queryId and q.active = true"
                + " and q.currentVersion = v.version)");
    }
}
