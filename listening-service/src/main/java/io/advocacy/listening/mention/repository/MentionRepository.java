package io.advocacy.listening.mention.repository;

import io.advocacy.listening.dedupe.SimHash;
import io.advocacy.listening.query.service.QueryMatch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stored mentions. */
@ApplicationScoped
public class MentionRepository implements PanacheRepositoryBase<Mention, UUID> {

    /**
     * Takes a transaction-scoped advisory lock per natural key, in a stable order, so that concurrent requests carrying
     * the same mention run one after the other and the later one finds the stored mention instead of failing on the
     * unique key.
     */
    public Uni<Void> lockNaturalKeys(Collection<String> keys) {
        List<String> sorted = keys.stream().sorted().toList();
        StringBuilder sql = new StringBuilder("select count(pg_advisory_xact_lock(hashtext(k))) from (values ");
        for (int i = 1; i <= sorted.size(); i++) {
            sql.append(i == 1 ? "" : ", ").append("(cast(?").append(i).append(" as text))");
        }
        sql.append(") as keys(k)");
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(sql.toString());
                    for (int i = 0; i < sorted.size(); i++) {
                        query.setParameter(i + 1, sorted.get(i));
                    }
                    return query.getSingleResult();
                })
                .replaceWithVoid();
    }

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

    /**
     * Originals received since the given time that share a similarity band with any of the hashes: the candidates a
     * new mention may be a near-duplicate of.
     */
    public Uni<List<Mention>> nearDuplicateCandidates(Collection<Long> hashes, OffsetDateTime since) {
        if (hashes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Parameters bands = Parameters.with("since", since);
        for (int band = 0; band < 4; band++) {
            int b = band;
            bands.and(
                    "b" + band,
                    hashes.stream().map(h -> SimHash.band(h, b)).distinct().toList());
        }
        return list(
                "duplicateOf is null and simhash is not null and receivedAt > :since"
                        + " and (band0 in :b0 or band1 in :b1 or band2 in :b2 or band3 in :b3)",
                bands);
    }
}
