package io.advocacy.recognition.spotlight.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The spotlight queue. */
@ApplicationScoped
public class SpotlightRepository implements PanacheRepositoryBase<Spotlight, UUID> {

    /** Proposes the content unless its mention was proposed before; true when it was stored. */
    public Uni<Boolean> insertIfAbsent(Spotlight spotlight) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into spotlight (id, advocate_id, mention_id, author_key, display_name, url,
                                    sentiment, followers, score, published_at, status, proposed_at)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                                on conflict (mention_id) do nothing
                                """)
                        .setParameter(1, spotlight.id)
                        .setParameter(2, spotlight.advocateId)
                        .setParameter(3, spotlight.mentionId)
                        .setParameter(4, spotlight.authorKey)
                        .setParameter(5, spotlight.displayName)
                        .setParameter(6, spotlight.url)
                        .setParameter(7, spotlight.sentiment)
                        .setParameter(8, spotlight.followers)
                        .setParameter(9, spotlight.score)
                        .setParameter(10, spotlight.publishedAt)
                        .setParameter(11, spotlight.status)
                        .setParameter(12, spotlight.proposedAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Best first: highest score, then the oldest proposal. */
    public Uni<List<Spotlight>> page(String status, UUID advocateId, int page, int size) {
        Sort best = Sort.descending("score").and("proposedAt").and("id");
        if (advocateId == null) {
            return find("status", best, status).page(page, size).list();
        }
        return find("status = ?1 and advocateId = ?2", best, status, advocateId)
                .page(page, size)
                .list();
    }

    public Uni<Long> count(String status, UUID advocateId) {
        return advocateId == null
                ? count("status", status)
                : count("status = ?1 and advocateId = ?2", status, advocateId);
    }
}
