package io.advocacy.recognition.merge.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Which profiles were merged into which, and the facts a merge moved; call within a transaction. */
@ApplicationScoped
public class MergedPeople {

    /**
     * The profiles merged into a person, and into those, with the person themself, as a {@code family(id)} table to
     * prefix a query with.
     *
     * @param parameter the number of the query parameter that holds the person's id
     */
    public static String family(int parameter) {
        return "with recursive family(id) as (select cast(?" + parameter + " as uuid)"
                + " union select m.absorbed_id from merged_person m join family f on m.survivor_id = f.id) ";
    }

    /** Records the merge once; false when it was recorded before. */
    public Uni<Boolean> record(UUID mergeId, UUID survivorId, UUID absorbedId, OffsetDateTime at) {
        return execute(
                        "insert into merged_person (absorbed_id, survivor_id, merge_id, merged_at)"
                                + " values (?1, ?2, ?3, ?4) on conflict do nothing",
                        absorbedId,
                        survivorId,
                        mergeId,
                        at)
                .map(rows -> rows == 1);
    }

    /**
     * Moves the absorbed profile's facts to the survivor, marked as moved; a fact the survivor already has (the same
     * kind and reference) stays where it is.
     */
    public Uni<Integer> moveFacts(UUID absorbedId, UUID survivorId) {
        return execute(
                "update advocate_fact f set advocate_id = ?2, merged_from = ?1 where f.advocate_id = ?1"
                        + " and not exists (select 1 from advocate_fact s where s.advocate_id = ?2"
                        + " and s.kind = f.kind and s.ref = f.ref)",
                absorbedId,
                survivorId);
    }

    /** Forgets the merge and gives the restored profile back the facts it moved; false when it was undone before. */
    public Uni<Boolean> undo(UUID mergeId, UUID survivorId, UUID restoredId) {
        return execute("delete from merged_person where merge_id = ?1", mergeId)
                .chain(deleted -> deleted == 0
                        ? Uni.createFrom().item(false)
                        : execute(
                                        "update advocate_fact set advocate_id = ?2, merged_from = null"
                                                + " where advocate_id = ?1 and merged_from = ?2",
                                        survivorId,
                                        restoredId)
                                .replaceWith(true));
    }

    /** The profile that holds the person's history now: theirs, or the one it was merged into (and so on). */
    public Uni<UUID> holder(UUID advocateId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "with recursive up(id, depth) as (select cast(?1 as uuid), 0 union"
                                + " select m.survivor_id, up.depth + 1 from merged_person m"
                                + " join up on m.absorbed_id = up.id where up.depth < 100)"
                                + " select id from up order by depth desc limit 1",
                        UUID.class)
                .setParameter(1, advocateId)
                .getSingleResult());
    }

    private static Uni<Integer> execute(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }
}
