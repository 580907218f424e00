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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** How many mentions each author has had stored since the given time. */
    public Uni<Map<String, Long>> countSinceByAuthor(Collection<String> authorKeys, OffsetDateTime since) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select authorKey, count(*) from Mention where authorKey in :keys and receivedAt > :since"
                                        + " group by authorKey",
                                Object[].class)
                        .setParameter("keys", authorKeys)
                        .setParameter("since", since)
                        .getResultList())
                .map(rows -> rows.stream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue())));
    }

    /** An author's held mentions, oldest first. */
    public Uni<List<Mention>> heldOf(String authorKey) {
        return list("authorKey = ?1 and status = 'held'", Sort.ascending("receivedAt"), authorKey);
    }

    /** The query versions a stored mention matched. */
    public Uni<List<QueryMatch>> matchesOf(UUID mentionId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select programme, query_id, query_version from mention_match where mention_id = ?1",
                                Object[].class)
                        .setParameter(1, mentionId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new QueryMatch((String) row[0], (UUID) row[1], ((Number) row[2]).intValue()))
                        .toList());
    }

    public Uni<List<Mention>> findByNaturalKeys(Collection<String> keys) {
        return list("naturalKey in ?1", keys);
    }

    public Uni<List<Mention>> page(String platform, String status, int page, int size) {
        var sort = Sort.descending("receivedAt").and("id");
        return find(where(platform, status), sort, filter(platform, status))
                .page(page, size)
                .list();
    }

    public Uni<Long> count(String platform, String status) {
        return count(where(platform, status), filter(platform, status));
    }

    private static String where(String platform, String status) {
        List<String> conditions = new java.util.ArrayList<>();
        if (platform != null) {
            conditions.add("platform = :platform");
        }
        if (status != null) {
            conditions.add("status = :status");
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    private static Parameters filter(String platform, String status) {
        Parameters parameters = new Parameters();
        if (platform != null) {
            parameters.and("platform", platform);
        }
        if (status != null) {
            parameters.and("status", status);
        }
        return parameters;
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
