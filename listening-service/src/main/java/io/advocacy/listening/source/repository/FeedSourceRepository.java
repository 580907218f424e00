package io.advocacy.listening.source.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Stored feed sources. */
@ApplicationScoped
public class FeedSourceRepository implements PanacheRepositoryBase<FeedSource, UUID> {

    public Uni<FeedSource> findByUrl(String programme, String url) {
        return find("programme = ?1 and url = ?2", programme, url).firstResult();
    }

    /** The source, locked for update until the transaction ends; null when it does not exist. */
    public Uni<FeedSource> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<FeedSource>> page(String programme, int page, int size) {
        Sort sort = Sort.ascending("programme", "name").and("id");
        var query = programme == null ? findAll(sort) : find("programme", sort, programme);
        return query.page(page, size).list();
    }

    public Uni<Long> count(String programme) {
        return programme == null ? count() : count("programme", programme);
    }

    /**
     * Active sources due by the given time, most overdue first, locked for update; sources another instance has locked
     * are skipped rather than waited for. Call within a transaction.
     */
    public Uni<List<FeedSource>> lockDue(OffsetDateTime now, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select * from feed_source where active and next_poll_at <= ?1"
                                + " order by next_poll_at limit ?2 for update skip locked",
                        FeedSource.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList());
    }
}
