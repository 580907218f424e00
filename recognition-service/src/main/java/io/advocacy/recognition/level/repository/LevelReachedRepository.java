package io.advocacy.recognition.level.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Levels people reached. */
@ApplicationScoped
public class LevelReachedRepository implements PanacheRepositoryBase<LevelReached, UUID> {

    /** Stores it unless the person reached the level already; true when it was stored. */
    public Uni<Boolean> insertIfAbsent(LevelReached reached) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into level_reached (id, advocate_id, level_code, reached_at, reason)
                                values (?1, ?2, ?3, ?4, ?5)
                                on conflict (advocate_id, level_code) do nothing
                                """)
                        .setParameter(1, reached.id)
                        .setParameter(2, reached.advocateId)
                        .setParameter(3, reached.levelCode)
                        .setParameter(4, reached.reachedAt)
                        .setParameter(5, reached.reason)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** The person's levels, first reached first. */
    public Uni<List<LevelReached>> of(UUID advocateId) {
        return list("advocateId", Sort.by("reachedAt").and("id"), advocateId);
    }
}
