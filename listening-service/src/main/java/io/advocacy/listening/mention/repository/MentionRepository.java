package io.advocacy.listening.mention.repository;

import io.advocacy.listening.query.service.QueryMatch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
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

    /** Records which query versions a new mention matched; call within its transaction. */
    public Uni<Void> recordMatches(UUID mentionId, List<QueryMatch> matches) {
        return Multi.createFrom()
                .iterable(matches)
                .onItem()
                .transformToUniAndConcatenate(match -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("insert into mention_match"
                                        + " (mention_id, query_id, query_version, programme) values (?1, ?2, ?3, ?4)")
                                .setParameter(1, mentionId)
                                .setParameter(2, match.queryId())
                                .setParameter(3, match.queryVersion())
                                .setParameter(4, match.programme())
                                .executeUpdate()))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
