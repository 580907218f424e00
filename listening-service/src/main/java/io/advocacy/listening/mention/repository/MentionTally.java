package io.advocacy.listening.mention.repository;

import io.advocacy.listening.mention.service.Outcome;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Daily counts of what ingestion did with mentions, so unmatched and rejected ones are counted though not stored. Each
 * transaction adds to one of {@value #SHARDS} rows per outcome, chosen at random, so concurrent ingestions do not queue
 * for one row's lock; reads sum the shards.
 */
@ApplicationScoped
public class MentionTally {

    static final int SHARDS = 32;

    /** Adds today's counts; call within a transaction. */
    public Uni<Void> add(Map<Outcome, Long> counts) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // One shard for all the outcomes, taken in enum order: no two transactions lock in opposite orders.
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        return Multi.createFrom()
                .iterable(counts.entrySet())
                .onItem()
                .transformToUniAndConcatenate(entry -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "insert into mention_tally (day, outcome, shard, count) values (?1, ?2, ?4, ?3)"
                                        + " on conflict (day, outcome, shard) do update"
                                        + " set count = mention_tally.count + excluded.count")
                        .setParameter(1, today)
                        .setParameter(2, entry.getKey().wireName())
                        .setParameter(3, entry.getValue())
                        .setParameter(4, (short) shard)
                        .executeUpdate()))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** One day's counts by outcome; outcomes that did not happen are zero. */
    public Uni<Map<String, Long>> of(LocalDate day) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select outcome, sum(count) from mention_tally where day = ?1 group by outcome",
                                Object[].class)
                        .setParameter(1, day)
                        .getResultList())
                .map(MentionTally::toMap);
    }

    private static Map<String, Long> toMap(List<Object[]> rows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.wireName(), 0L);
        }
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
